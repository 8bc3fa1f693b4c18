package org.masthead.write;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The list of files in a built site, each with the key of the inputs it was made from. It is
 * also the marker that a folder is a site Masthead built. One line per file: key, space, path.
 */
final class Manifest {
    static final String HEADER = "# masthead site manifest 1";

    private Manifest() {
    }

    /** The entries of a site folder, or none when it has no readable manifest. */
    static Optional<Map<String, String>> read(Path site) {
        Path file = site.resolve(SiteWriter.MARKER);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> keys = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(r.readLine())) {
                return Optional.empty();
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int sp = line.indexOf(' ');
                if (sp > 0) {
                    keys.put(line.substring(sp + 1), line.substring(0, sp));
                }
            }
            return Optional.of(keys);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The key of all the inputs of the site's last build, when it recorded one. */
    static Optional<String> inputs(Path site) {
        Path file = site.resolve(SiteWriter.MARKER);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            Optional<String> second = Optional.ofNullable(r.readLine());
            return second.filter(line -> HEADER.equals(header) && line.startsWith(INPUTS))
                    .map(line -> line.substring(INPUTS.length()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static final String INPUTS = "# inputs ";

    /**
     * Writes the manifest through a temporary file, so a reader never sees half of one. The
     * temporary file sits beside the site folder, not in it: a build killed while writing it
     * leaves the live site exactly as it was (the next build removes it).
     */
    static void write(Path site, Map<String, String> keys, Optional<String> inputs) throws IOException {
        Path tmp = site.resolveSibling("." + site.getFileName() + ".manifest-tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            if (inputs.isPresent()) {
                w.write(INPUTS + inputs.get() + "\n");
            }
            for (Map.Entry<String, String> e : new TreeMap<>(keys).entrySet()) {
                w.write(e.getValue());
                w.write(' ');
                w.write(e.getKey());
                w.write('\n');
            }
        }
        Files.move(tmp, site.resolve(SiteWriter.MARKER), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
