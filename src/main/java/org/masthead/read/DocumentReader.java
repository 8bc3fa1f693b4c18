package org.masthead.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.diag.Diagnostics;
import org.masthead.link.Reference;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Field;
import org.masthead.model.Language;
import org.masthead.model.Provenance;
import org.masthead.model.Symbol;
import org.masthead.read.FrontMatterReader.Entry;
import org.masthead.scan.SourceFile;

/**
 * Reads one content file into a {@link Document}: front matter checked and typed, references
 * found in the body. Every problem is reported to the diagnostics; a file with errors yields
 * nothing. Stateless apart from compiled patterns, so one instance serves all threads.
 */
public final class DocumentReader {

    /** The most documents one document is listed as citing; the longest real lists hold a few hundred. */
    static final int MAX_REFERENCES = 2000;

    private static final Pattern RAW_HTML = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)(?:\\s[^<>]*)?/?>|<!--");
    private static final Pattern SCRIPT_LINK = Pattern.compile("(?i)\\]\\(\\s*<?\\s*(?:javascript|vbscript|data):");
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("\\.([a-z]{2})\\.(?:md|txt)$");

    private final FrontMatterReader frontMatter = new FrontMatterReader();
    /**
     * One instance per symbol text across every document read: a letter cited by fifty others
     * would otherwise be held fifty times over in their reference lists, for the whole build.
     * Grows with the archive's distinct symbols, which the build holds anyway.
     */
    private final Map<Symbol, Symbol> symbols = new ConcurrentHashMap<>();
    private final ReferenceFinder finder;
    private final RawTextReader rawText;

    public DocumentReader(ReferenceFinder finder, RawTextReader rawText) {
        this.finder = finder;
        this.rawText = rawText;
    }

    /** A document and its body: the body is kept only as long as the caller needs it. */
    public record Read(Document document, String body) {
    }

    public Optional<Read> read(SourceFile source, Diagnostics diagnostics) {
        try {
            return read(source, Files.readAllBytes(source.path()), diagnostics);
        } catch (IOException e) {
            diagnostics.error(source.path(), 1, "cannot read the file: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /** Reads a file whose bytes the caller has already loaded (to hash them, say). */
    public Optional<Read> read(SourceFile source, byte[] bytes, Diagnostics diagnostics) {
        Path file = source.path();
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            diagnostics.error(file, 1, "the file is not valid UTF-8", "save it as UTF-8");
            return Optional.empty();
        }
        if (source.isRawText()) {
            return rawText.read(file, text, diagnostics).flatMap(md -> readMarkdown(source, md, diagnostics, true));
        }
        return readMarkdown(source, text, diagnostics, false);
    }

    /** The body of a file read before, for rendering; the file is trusted to be unchanged since. */
    public String body(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        if (file.getFileName().toString().endsWith(".txt")) {
            Optional<String> md = rawText.read(file, text, new Diagnostics());
            text = md.orElse("");
        }
        return SplitFile.of(text).map(SplitFile::body).orElse("");
    }

    private Optional<Read> readMarkdown(SourceFile source, String text, Diagnostics diagnostics, boolean imported) {
        Path file = source.path();
        Optional<SplitFile> cut = SplitFile.of(text);
        if (cut.isEmpty()) {
            diagnostics.error(file, 1, "no front matter: a content file starts with a '---' line, its keys, and another '---' line",
                    "see the content format in README.md; 'masthead import' turns published text into this form");
            return Optional.empty();
        }
        SplitFile split = cut.get();
        Diagnostics local = new Diagnostics();
        Optional<Map<String, Entry>> read = frontMatter.read(split.frontMatter(), file, 2, local);
        if (read.isEmpty()) {
            diagnostics.addAll(local);
            return Optional.empty();
        }
        Map<String, Entry> entries = read.get();
        FieldReader f = new FieldReader(entries, file, local);
        // Symbol (in a language version), date and distribution may come from another version:
        // whether they are missing is known only once every file is read (see Inheritance).
        Optional<String> suffix = languageSuffix(source);
        boolean ok = (suffix.isPresent() && !f.has("symbol") || f.require("symbol", "symbol: S/2014/660"))
                & f.require("title", "title: Letter dated ...")
                & (!f.has("date") || f.require("date", "date: 2014-09-12"))
                & (!f.has("distribution") || f.require("distribution", "distribution: General"));
        Language fromName = suffix.map(code -> Language.ofCode(code).orElseGet(() -> {
            if (!f.has("language")) {
                local.error(file, 1, "'" + code + "' in the file name is not one of the six official languages",
                        "name a language version like 660.fr.md, with ar, zh, en, fr, ru or es");
            }
            return Language.EN;
        })).orElse(Language.EN);
        FieldValues fields = FieldValues.read(f, file, fromName, local);
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (Field.ofKey(e.getKey()).isEmpty()) {
                local.warning(file, e.getValue().line(), "unknown key '" + e.getKey() + "' (kept for templates)",
                        "check the spelling against the content format in README.md");
            }
        }
        String body = split.body();
        if (!imported) {
            checkBody(body, file, split.bodyLine(), local);
        }
        BodyLimits.check(body, file, split.bodyLine(), local);
        Language language = fields.get(Field.LANGUAGE, Language.class).orElse(fromName);
        if (suffix.isPresent() && language != fromName && Language.ofCode(suffix.get()).isPresent()) {
            Entry stated = entries.get("language");
            local.warning(file, stated.line(), stated.column(), "'language: " + language.code()
                    + "' here, but the file name says '" + suffix.get() + "'; the version is taken as "
                    + language.englishName(), "rename the file or correct the key: one of them is wrong");
        }
        Scripts.check(body, language, file, split.bodyLine(), local);
        diagnostics.addAll(local);
        Optional<Symbol> symbol = fields.get(Field.SYMBOL, Symbol.class).or(() -> suffix.flatMap(x -> symbolOfPath(source)));
        Optional<String> title = fields.get(Field.TITLE, String.class);
        if (!ok || local.hasErrors() || symbol.isEmpty() || title.isEmpty()) {
            if (ok && !local.hasErrors() && symbol.isEmpty()) {
                diagnostics.error(file, 2, "missing required key 'symbol'", "add a line such as 'symbol: S/2014/660'");
            }
            return Optional.empty();
        }
        Symbol s = intern(symbol.get());
        Map<String, Object> extra = new LinkedHashMap<>();
        for (String key : entries.keySet()) {
            if (Field.ofKey(key).map(Field::kept).orElse(true)) {
                f.plain(key).ifPresent(v -> extra.put(key, v));
            }
        }
        // Defaults for what the file does not state; a language version may inherit it instead. The
        // date and distribution stand in only until Inheritance, which drops a document no version dates.
        Map<Field, Object> v = fields.values();
        v.put(Field.SYMBOL, s);
        v.put(Field.LANGUAGE, language);
        v.computeIfAbsent(Field.TYPE, k -> DocumentType.infer(s, title.get()));
        v.computeIfAbsent(Field.ORGAN, k -> s.organ().title());
        v.computeIfAbsent(Field.DATE, k -> LocalDate.EPOCH);
        v.computeIfAbsent(Field.DISTRIBUTION, k -> Distribution.GENERAL);
        @SuppressWarnings("unchecked")
        List<Symbol> explicit = (List<Symbol>) v.get(Field.REFERENCES);
        @SuppressWarnings("unchecked")
        List<Symbol> also = (List<Symbol>) v.get(Field.ALSO);
        v.put(Field.ALSO, interned(also));
        v.put(Field.REFERENCES, references(s, body, explicit, file, diagnostics));
        Document doc = Document.of(v, new Provenance(extra, file, split.bodyLine(), Summary.of(body), "", fields.stated()));
        return Optional.of(new Read(doc, body));
    }

    /** The language code of a name such as {@code 660.fr.md}. */
    private static Optional<String> languageSuffix(SourceFile source) {
        Matcher m = LANGUAGE_SUFFIX.matcher(source.relativePath());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The symbol a language version's path mirrors ({@code S/2014/660.fr.md}), when its front matter has none. */
    static Optional<Symbol> symbolOfPath(SourceFile source) {
        String stem = LANGUAGE_SUFFIX.matcher(source.relativePath().replace('\\', '/')).replaceFirst("");
        return Symbol.parse(stem).symbol();
    }

    /** References of the text, then those of the front matter, each once; a document never cites itself. */
    private List<Symbol> references(Symbol self, String body, List<Symbol> explicit, Path file, Diagnostics diagnostics) {
        Set<Symbol> all = new LinkedHashSet<>();
        for (Reference r : finder.find(body)) {
            all.add(r.symbol());
        }
        all.addAll(explicit);
        all.remove(self);
        if (all.size() > MAX_REFERENCES) {
            // Every reference is a line on this page and on the page of what it cites: a list of
            // machine-made symbols would make every page of the archive slow to build and read.
            diagnostics.warning(file, 1, "the document cites " + all.size() + " documents; only the first "
                    + MAX_REFERENCES + " are listed", null);
            return interned(all.stream().limit(MAX_REFERENCES).toList());
        }
        return interned(all);
    }

    private Symbol intern(Symbol s) {
        Symbol held = symbols.putIfAbsent(s, s);
        return held != null ? held : s;
    }

    private List<Symbol> interned(Collection<Symbol> list) {
        List<Symbol> out = new ArrayList<>(list.size());
        for (Symbol s : list) {
            out.add(intern(s));
        }
        return out;
    }

    private void checkBody(String body, Path file, int bodyLine, Diagnostics local) {
        if (body.indexOf('<') >= 0) {
            Matcher m = RAW_HTML.matcher(body);
            while (m.find()) {
                if (body.startsWith("</", m.start())) {
                    continue; // the opening tag was reported; one warning per element is enough
                }
                String tag = m.group(1) == null ? "<!--" : "<" + m.group(1).toLowerCase(Locale.ROOT) + ">";
                local.warning(file, lineOf(body, m.start(), bodyLine), columnOf(body, m.start()),
                        "raw HTML " + tag + " in the body is shown as text, never run",
                        "write the document in Markdown; the archive holds documents, not scripts");
            }
        }
        // Every script link starts with "](": most bodies have none, and a plain search is cheaper than the pattern's.
        if (body.contains("](")) {
            Matcher s = SCRIPT_LINK.matcher(body);
            while (s.find()) {
                local.warning(file, lineOf(body, s.start(), bodyLine), columnOf(body, s.start()), "script link dropped: only http, https, mailto "
                        + "and relative links are kept", "link to a document by its symbol instead");
            }
        }
    }

    static int lineOf(String text, int offset, int firstLine) {
        int line = firstLine;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of an offset in its line. */
    static int columnOf(String text, int offset) {
        return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
