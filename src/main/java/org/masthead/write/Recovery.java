package org.masthead.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the next build does about a build that was killed: see {@link #recover}. */
public final class Recovery {
    private Recovery() {
    }

    /**
     * Puts right what a build killed at any point left beside the output folder; call it with the
     * output folder locked. A build swaps its site into place in two renames (live site aside,
     * new site in): killed between them, the live site is still whole under its aside name and
     * is put back. Staging folders and temporary files of a killed build are removed.
     */
    public static void recover(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = abs.getFileName().toString();
        Pattern aside = Pattern.compile("\\." + Pattern.quote(name) + "\\.old-.*");
        Pattern leftover = Pattern.compile("\\.+" + Pattern.quote(name)
                + "\\.(tmp-.*|probe-.*|manifest-tmp|spare\\.manifest-tmp)");
        List<Path> olds = new ArrayList<>();
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (aside.matcher(n).matches()) {
                    olds.add(p);
                } else if (leftover.matcher(n).matches()) {
                    SiteWriter.delete(p);
                }
            }
        }
        Path spare = abs.resolveSibling("." + name + ".spare");
        for (Path old : olds) {
            if (!Files.exists(abs) && Manifest.read(old).isPresent()) {
                SiteWriter.move(old, abs);
            } else if (!Files.exists(spare) && Manifest.read(old).isPresent()) {
                SiteWriter.move(old, spare);
            } else {
                SiteWriter.delete(old);
            }
        }
    }
}
