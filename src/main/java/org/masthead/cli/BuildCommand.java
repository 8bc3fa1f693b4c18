package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.masthead.importer.Importer;
import org.masthead.pipeline.BuildOptions;
import org.masthead.pipeline.BuildResult;
import org.masthead.pipeline.Pipeline;
import org.masthead.work.Progress;

import org.masthead.model.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code masthead build}: content folder in, static site out. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the content folder. On any error nothing is written and the "
                + "previous site stays as it was.")
public final class BuildCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of documents (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder of templates overriding the built-in theme (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = BuildOptions.DEFAULT_BASE_URL,
            description = "Public address of the site, for canonical links, the feed and the sitemap "
                    + "(default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = BuildOptions.DEFAULT_TITLE,
            description = "Name of the archive shown on every page (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en", converter = LanguageOption.class,
            description = "Language of the site around the documents: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}). "
                    + "Each document version keeps its own language.")
    Language language;

    @Option(names = "--no-search", negatable = false,
            description = "Leave out the search page, its index and the search box (a smaller, faster build).")
    boolean noSearch;

    @Option(names = "--no-exports", negatable = false,
            description = "Leave out each document's citation files (BibTeX, RIS, CSL-JSON) and Akoma Ntoso XML, "
                    + "and the page's links to them (a smaller, faster build).")
    boolean noExports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildResult r = new Pipeline(new Importer())
                .build(new BuildOptions(content, templates, this.out, baseUrl, title, language, !noSearch, !noExports), Progress.to(err));
        DiagnosticPrinter.print(r.diagnostics(), err);
        if (!r.ok()) {
            err.println("Build failed: nothing was written; " + this.out + " is as it was.");
            return Main.CONTENT_ERRORS;
        }
        out.printf("Built %d documents in %d ms (%d files written, the rest unchanged).%n", r.documents(), r.millis(),
                r.files());
        out.println("Open " + this.out.toAbsolutePath().normalize().resolve("index.html").toUri());
        return Main.OK;
    }
}
