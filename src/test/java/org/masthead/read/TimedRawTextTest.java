package org.masthead.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.masthead.diag.Diagnostics;

/** A raw text the importer loops on costs one error after the time limit, never a build that hangs. */
class TimedRawTextTest {
    private static final Path FILE = Path.of("content/S_2014_1.txt");

    @Test
    @Timeout(10)
    void aTextPastItsTimeIsAnErrorOnItsFile() {
        AtomicBoolean testOver = new AtomicBoolean();
        RawTextReader looping = (file, text, diagnostics) -> {
            while (!testOver.get()) {
                Thread.onSpinWait(); // as an importer that never ends would, deaf to interrupts
            }
            return Optional.empty();
        };
        Diagnostics diagnostics = new Diagnostics();
        Optional<String> md = new TimedRawText(looping, Duration.ofMillis(300)).read(FILE, "text", diagnostics);
        testOver.set(true); // the loop would otherwise spin on a core for the rest of the test run
        assertTrue(md.isEmpty());
        assertEquals(1, diagnostics.errorCount());
        assertTrue(diagnostics.sorted().get(0).format().startsWith("content/S_2014_1.txt:1:1: error: importing this text took more"),
                diagnostics.sorted().toString());
    }

    @Test
    void aTextInTimeGivesWhatTheReaderGives() {
        RawTextReader quick = (file, text, diagnostics) -> {
            diagnostics.warning(file, 3, "a warning of the importer", null);
            return Optional.of("---\\nsymbol: S/2014/1\\n---\\n");
        };
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(Optional.of("---\\nsymbol: S/2014/1\\n---\\n"),
                new TimedRawText(quick, Duration.ofSeconds(5)).read(FILE, "text", diagnostics));
        assertEquals(1, diagnostics.warningCount(), "its diagnostics pass through");
    }
}
