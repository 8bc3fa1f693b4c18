package org.masthead.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.masthead.build.BuildResult;
import org.masthead.build.SiteBuilder;
import org.masthead.importer.Importer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code masthead check}: read and validate everything, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every content file and report every problem; writes nothing.")
public final class CheckCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of documents (default: ${DEFAULT-VALUE}).")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult r = new SiteBuilder(new Importer()).check(content);
        DiagnosticPrinter.print(r.diagnostics(), spec.commandLine().getErr());
        spec.commandLine().getOut().printf("Checked %d documents: %s.%n", r.documents(),
                r.ok() ? "no errors" : r.diagnostics().errorCount() + " errors");
        return r.ok() ? Main.OK : Main.CONTENT_ERRORS;
    }
}
