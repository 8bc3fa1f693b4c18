package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.masthead.diag.Diagnostic;
import org.masthead.diag.Diagnostics;
import org.masthead.importer.ImportedDocument;
import org.masthead.importer.Importer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE_OR_DIR... [--out DIR] [--force]}: raw UN documents into content files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import UN documents as published (pdftotext output, Markdown from PDF, compiled resolutions)"
                + " into content files <out>/<symbol>.md. Folders are read for .txt and .md files.")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "raw text files, or folders of them")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--force", description = "overwrite content files that already exist")
    boolean force;

    public ImportCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Importer importer = new Importer();
        Diagnostics all = new Diagnostics();
        int written = 0;
        int failed = 0;
        for (Path file : files(all)) {
            Diagnostics d = new Diagnostics();
            Optional<ImportedDocument> doc = read(file, d).flatMap(text -> importer.importText(file, text, d));
            if (doc.isPresent() && write(file, doc.get(), d)) {
                ImportedDocument x = doc.get();
                stdout.printf("%s\t%s\t%d warning%s%n", x.symbol(), x.type().key(), x.warnings(), x.warnings() == 1 ? "" : "s");
                written++;
            } else {
                failed++;
            }
            all.addAll(d);
        }
        for (Diagnostic d : all.sorted()) {
            stderr.println(d.format());
        }
        stdout.printf("imported %d document%s into %s: %d failed, %d error%s, %d warning%s%n", written,
                written == 1 ? "" : "s", out, failed, all.errorCount(), all.errorCount() == 1 ? "" : "s",
                all.warningCount(), all.warningCount() == 1 ? "" : "s");
        stdout.flush();
        stderr.flush();
        return all.hasErrors() ? 1 : 0;
    }

    private List<Path> files(Diagnostics d) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    d.error(in, 0, "cannot read the folder: " + e.getMessage(), null);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                d.error(in, 0, "no such file or folder", null);
            }
        }
        return files;
    }

    private static Optional<String> read(Path file, Diagnostics d) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            d.error(file, 0, "cannot read the file (UTF-8 expected): " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    private boolean write(Path file, ImportedDocument doc, Diagnostics d) {
        Path target = out.resolve(doc.symbol().urlPath() + ".md");
        if (Files.exists(target) && !force) {
            d.error(file, 0, doc.symbol() + ": " + target + " already exists; not overwritten", "use --force to replace it");
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, doc.markdown(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            d.error(file, 0, "cannot write " + target + ": " + e.getMessage(), null);
            return false;
        }
    }
}
