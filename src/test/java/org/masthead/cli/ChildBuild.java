package org.masthead.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real CLI in a JVM of its own, as a user runs it: for what one process cannot do to
 * itself (be killed with SIGKILL) or to another in the same JVM (hold a lock against it).
 */
final class ChildBuild {
    private ChildBuild() {
    }

    /** Starts {@code masthead ARGS...}; its output goes to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Quick to start: the build is small, and what is measured is where a kill lands.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
