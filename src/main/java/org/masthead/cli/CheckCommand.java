package org.masthead.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.masthead.importer.Importer;
import org.masthead.pipeline.BuildResult;
import org.masthead.pipeline.Pipeline;

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
        BuildResult r = new Pipeline(new Importer()).check(content);
        DiagnosticPrinter.print(r.diagnostics(), spec.commandLine().getErr());
        if (r.ok()) {
            spec.commandLine().getOut().printf("Checked %d documents: no errors.%n", r.documents());
        } else {
            // The documents that failed are not among those read, so say where the errors are too.
            long files = r.diagnostics().filesWithErrors();
            spec.commandLine().getOut().printf("Checked: %d %s in %d %s; %d documents without errors.%n",
                    r.diagnostics().errorCount(), r.diagnostics().errorCount() == 1 ? "error" : "errors",
                    files, files == 1 ? "file" : "files", r.documents());
        }
        return r.ok() ? Main.OK : Main.CONTENT_ERRORS;
    }
}
