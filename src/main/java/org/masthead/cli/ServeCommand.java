package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.masthead.build.BuildOptions;
import org.masthead.build.BuildResult;
import org.masthead.build.SiteBuilder;
import org.masthead.importer.Importer;
import org.masthead.serve.PreviewServer;
import org.masthead.serve.Watcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code masthead serve}: build, serve on 127.0.0.1, rebuild on change, reload open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it on 127.0.0.1, rebuild when content or templates change "
                + "and reload open pages. Stop with Ctrl+C.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Folder of documents.")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Template folder.")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site", description = "Site folder.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteBuilder builder = new SiteBuilder(new Importer());
        BuildOptions options = new BuildOptions(content, templates, this.out,
                "http://127.0.0.1:" + port + "/", null, false);
        report(builder.build(options), out, err);
        try (PreviewServer server = new PreviewServer(this.out, port); Watcher watcher = new Watcher(content, templates)) {
            out.println("Serving " + this.out + " at http://127.0.0.1:" + server.port() + "/ (Ctrl+C stops)");
            while (watcher.awaitChange()) {
                if (report(builder.build(options), out, err)) {
                    server.reload();
                }
            }
        }
        return Main.OK;
    }

    private static boolean report(BuildResult r, PrintWriter out, PrintWriter err) {
        DiagnosticPrinter.print(r.diagnostics(), err);
        if (r.ok()) {
            out.printf("Built %d documents in %d ms.%n", r.documents(), r.millis());
        } else {
            err.println("Build failed; still serving the previous site.");
        }
        out.flush();
        return r.ok();
    }
}
