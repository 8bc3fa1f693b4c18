package org.masthead.write;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list of files in a built site, each with the key of the inputs it was made from. It is
 * also the marker that a folder is a site Masthead built. One line per file: key, space, path.
 */
final class Manifest {
    static final String HEADER = "# masthead site manifest 1";

    private Manifest() {
    }

    /** The entries of a site folder, or null when it has no readable manifest. */
    static Map<String, String> read(Path site) {
        Path file = site.resolve(SiteWriter.MARKER);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Map<String, String> keys = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(r.readLine())) {
                return null;
            }
            String line;
            while ((line = r.readLine()) != null) {
                int sp = line.indexOf(' ');
                if (sp > 0) {
                    keys.put(line.substring(sp + 1), line.substring(0, sp));
                }
            }
            return keys;
        } catch (IOException e) {
            return null;
        }
    }

    static void write(Path site, Map<String, String> keys) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(site.resolve(SiteWriter.MARKER), StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Map.Entry<String, String> e : new TreeMap<>(keys).entrySet()) {
                w.write(e.getValue());
                w.write(' ');
                w.write(e.getKey());
                w.write('\n');
            }
        }
    }
}
