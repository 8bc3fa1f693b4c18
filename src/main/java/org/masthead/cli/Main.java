package org.masthead.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code masthead} command. {@code main} is a thin shell over {@link #run}, which returns
 * the exit code, so the whole CLI is tested in-process: 0 success, 1 content errors, 2 usage errors,
 * 3 an internal error (a bug, reported in one line, its trace in a file: {@link CrashReport}).
 */
@Command(name = "masthead", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a cross-linked static archive of United Nations documents.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (code != OK) {
            System.exit(code);
        }
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("masthead: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parsed) -> CrashReport.report(ex, commandLine.getErr()));
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // What picocli lets through (an Error thrown by a command) gets the same one line.
            code = CrashReport.report(e, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"masthead " + (v == null ? "(development)" : v)};
        }
    }
}
