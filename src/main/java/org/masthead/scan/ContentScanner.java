package org.masthead.scan;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.masthead.diag.Diagnostics;

/**
 * Walks the content folder for document files: {@code .md} (the content format) and {@code .txt}
 * (raw published text, imported on the fly). Hidden files and folders are skipped; the result is
 * sorted so every later stage sees the same order on every machine.
 *
 * <p>Symbolic links are looked at, never followed blindly: a link to a file or folder inside the
 * content folder is read there, a link out of it or back into its own parents is reported, as
 * are folders and files that cannot be read and files too big to be a document.
 */
public final class ContentScanner {
    /** The biggest content file read: the longest published UN reports are a few megabytes of text. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    /** The scan stage: every content file, or none and an error when the folder is missing. */
    public ContentFiles scan(Path contentDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(contentDir, 0, "the content folder does not exist",
                    "run from the archive's folder or pass --content DIR");
            return new ContentFiles(List.of());
        }
        Path root;
        try {
            root = contentDir.toRealPath();
        } catch (IOException e) {
            diagnostics.error(contentDir, 0, "cannot read the content folder: " + reason(e), null);
            return new ContentFiles(List.of());
        }
        String base = contentDir.toString();
        String prefix = base.isEmpty() || base.endsWith(File.separator) ? base : base + File.separator;
        Walk walk = new Walk(contentDir, prefix, root, diagnostics);
        walk.folder(contentDir, new HashSet<>(Set.of(root)));
        walk.found.sort(Comparator.comparing(SourceFile::relativePath));
        return new ContentFiles(walk.found);
    }

    /** The files of a folder, problems left unreported (for tests and tools that want the list alone). */
    public List<SourceFile> scan(Path contentDir) {
        return scan(contentDir, new Diagnostics()).files();
    }

    /** One walk: what it found, and where it reports. */
    private static final class Walk {
        private final Path contentDir;
        private final String prefix;
        private final Path root;
        private final Diagnostics diagnostics;
        private final List<SourceFile> found = new ArrayList<>();

        Walk(Path contentDir, String prefix, Path root, Diagnostics diagnostics) {
            this.contentDir = contentDir;
            this.prefix = prefix;
            this.root = root;
            this.diagnostics = diagnostics;
        }

        /** @param open the real paths of this folder and every folder above it: a link to one of them is a loop */
        void folder(Path dir, Set<Path> open) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                s.forEach(entries::add);
            } catch (IOException | RuntimeException e) {
                diagnostics.error(dir, 0, "cannot read this folder: " + reason(e), "check its permissions");
                return;
            }
            for (Path p : entries) {
                if (p.getFileName().toString().startsWith(".")) {
                    continue;
                }
                try {
                    entry(p, open);
                } catch (IOException e) {
                    diagnostics.error(p, 0, "cannot read: " + reason(e), "check its permissions");
                }
            }
        }

        private void entry(Path p, Set<Path> open) throws IOException {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                link(p, open);
            } else if (a.isDirectory()) {
                Path real = p.toRealPath();
                open.add(real);
                folder(p, open);
                open.remove(real);
            } else if (a.isRegularFile() && isDocument(p)) {
                file(p, a.size());
            }
        }

        private void link(Path p, Set<Path> open) throws IOException {
            Path target;
            try {
                target = p.toRealPath();
            } catch (IOException e) {
                if (isDocument(p) || !Files.exists(p)) {
                    diagnostics.warning(p, 0, "broken symbolic link: it points to nothing (not read)", null);
                }
                return;
            }
            if (!target.startsWith(root)) {
                diagnostics.error(p, 0, "symbolic link out of the content folder (to " + target + "): not followed",
                        "copy the file into the content folder instead");
                return;
            }
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
            if (a.isDirectory()) {
                if (open.contains(target)) {
                    diagnostics.error(p, 0, "symbolic link loop: it points back to " + target
                            + ", a folder that holds it: not followed", "remove the link");
                    return;
                }
                open.add(target);
                folder(p, open);
                open.remove(target);
            } else if (a.isRegularFile() && isDocument(p)) {
                file(p, a.size());
            }
        }

        private void file(Path p, long size) {
            if (size > MAX_FILE_BYTES) {
                diagnostics.error(p, 0, "the file is " + (size >> 20) + " MB; a content file may be at most "
                        + (MAX_FILE_BYTES >> 20) + " MB (not read)", "split it, or check that it is a document");
                return;
            }
            found.add(new SourceFile(p, relative(p)));
        }

        /**
         * The path below the content folder, {@code /}-separated. Every path of the walk starts with
         * the folder's own, so a substring does what {@code relativize} does, which compares the
         * paths name by name and costs most of the scan while its code is still interpreted.
         */
        private String relative(Path p) {
            String full = p.toString();
            String rel = !prefix.isEmpty() && full.startsWith(prefix) ? full.substring(prefix.length())
                    : contentDir.relativize(p).toString();
            return rel.replace('\\', '/');
        }
    }

    private static boolean isDocument(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".txt");
    }

    /** An I/O failure in a user's words: a denied permission says so rather than repeating the path. */
    public static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
