package org.masthead.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where the stack trace of an internal error goes: to a file of its own, so the user sees one
 * line that says a bug happened and where its trace is, and a bug report can carry the trace.
 */
public final class TraceFile {
    private TraceFile() {
    }

    /** Writes the trace and says where, as words to end a message with; or says that it could not. */
    public static String write(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path file = Path.of(System.getProperty("java.io.tmpdir"),
                "masthead-crash-" + stamp + "-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".txt");
        try {
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return "the full trace is in " + file;
        } catch (IOException | RuntimeException e) {
            return "its trace could not be written (" + e.getMessage() + ")";
        }
    }
}
