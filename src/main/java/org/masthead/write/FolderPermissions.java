package org.masthead.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The site folder's permissions, those of any folder made beside it (what the umask allows), as
 * cp and Hugo give: a staging folder made by createTempDirectory (as older builds made it, and
 * the spare still may be) is readable by its owner alone, so a web server or any other user
 * could not read the published site. Java cannot read the umask; a folder made to look can.
 */
final class FolderPermissions {
    private FolderPermissions() {
    }

    /** Gives {@code site} the permissions a new folder gets beside {@code out}. */
    static void likeANewFolder(Path site, Path out) throws IOException {
        if (!Files.getFileStore(site).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Path probe = out.resolveSibling("." + out.getFileName() + ".probe-" + Long.toHexString(System.nanoTime()));
        Files.createDirectory(probe);
        try {
            Set<PosixFilePermission> usual = Files.getPosixFilePermissions(probe);
            if (!usual.equals(Files.getPosixFilePermissions(site))) {
                Files.setPosixFilePermissions(site, usual);
            }
        } finally {
            Files.delete(probe);
        }
    }
}
