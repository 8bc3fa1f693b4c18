package org.masthead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masthead.pipeline.TestSite.doc;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.pipeline.TestSite;

/** The published folder: readable as the umask says, and one build at a time into it. */
class PublishedFolderTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        TestSite site = new TestSite(tmp);
        site.file("S/2014/660.md", doc("S/2014/660", "2014-09-12", "Letter", "", "Text."));
        return site;
    }

    @Test
    void theSiteFolderFollowsTheUmaskAsCpDoes() throws Exception {
        TestSite site = site();
        Path usual = Files.createDirectory(tmp.resolve("made-by-hand"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(usual);
        assertEquals(0, site.build().code());
        assertEquals(PosixFilePermissions.toString(expected), PosixFilePermissions.toString(
                Files.getPosixFilePermissions(site.out)), "a fresh site");
        // A site left private by an older build (a temporary folder moved into place) is put right.
        Files.setPosixFilePermissions(site.out, PosixFilePermissions.fromString("rwx------"));
        site.file("S/2014/661.md", doc("S/2014/661", "2014-09-13", "Another", "", "Text."));
        assertEquals(0, site.build().code());
        site.file("S/2014/662.md", doc("S/2014/662", "2014-09-14", "A third", "", "Text."));
        assertEquals(0, site.build().code());
        assertEquals(PosixFilePermissions.toString(expected), PosixFilePermissions.toString(
                Files.getPosixFilePermissions(site.out)), "a site rebuilt from an old spare");
        assertTrue(Files.getPosixFilePermissions(site.out.resolve("S/2014/660/index.html"))
                .contains(PosixFilePermission.OTHERS_READ) == expected.contains(PosixFilePermission.OTHERS_READ));
    }

    @Test
    void aSecondBuildIntoTheSameFolderAtOnceIsRefused() throws Exception {
        TestSite site = site();
        assertEquals(0, site.build().code());
        var before = TestSite.snapshot(site.out);
        site.file("S/2014/661.md", doc("S/2014/661", "2014-09-13", "Another", "", "Text."));
        Path lockFile = tmp.resolve(".site.lock");
        // This JVM holds the lock, as a running build would; the real CLI in another process meets it.
        try (FileChannel c = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = c.lock()) {
            Process p = ChildBuild.start(tmp.resolve("child.log"), "build", "--content", site.content.toString(),
                    "--templates", site.templates.toString(), "--out", site.out.toString());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String log = Files.readString(tmp.resolve("child.log"));
            assertEquals(Main.CONTENT_ERRORS, p.exitValue(), log);
            assertTrue(log.contains("error: another build is writing to this folder now"), log);
            BrokenSite.assertNoTrace(log);
            assertEquals(before.keySet(), TestSite.snapshot(site.out).keySet());
        }
        assertEquals(0, site.build().code(), "once the other build is done, a build goes ahead");
        assertTrue(Files.exists(site.site("S/2014/661/index.html")));
    }
}
