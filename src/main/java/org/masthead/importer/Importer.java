package org.masthead.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.masthead.diag.Diagnostics;
import org.masthead.link.Reference;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Annex;
import org.masthead.model.DocumentType;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;
import org.masthead.read.RawTextReader;

/**
 * Imports a UN document as it is really published (pdftotext output, Markdown converted from the
 * PDF, or a resolution from the compilations) into a content file per FORMAT.md. The stages read
 * top to bottom: lines, masthead, furniture and footnotes, body, resolution tail, front matter.
 * What cannot be read is reported and left out, never guessed. Stateless and thread-safe.
 */
public final class Importer implements RawTextReader {

    private final ReferenceFinder finder = new ReferenceFinder();

    @Override
    public Optional<String> read(Path file, String text, Diagnostics diagnostics) {
        return importText(file, text, diagnostics).map(ImportedDocument::markdown);
    }

    public Optional<ImportedDocument> importText(Path file, String text, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Optional<ImportedDocument> doc;
        try {
            doc = importInto(file, text, own);
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of the importer's on one text costs that text, never the run.
            own = new Diagnostics();
            own.error(file, 1, "the importer failed on this text (internal error: " + e + "); nothing written",
                    "write the content file by hand, and report the text to Masthead's maintainers");
            doc = Optional.empty();
        }
        diagnostics.addAll(own);
        return doc;
    }

    private Optional<ImportedDocument> importInto(Path file, String text, Diagnostics d) {
        List<Line> lines = SourceLines.split(text);
        boolean pdf = SourceLines.looksLikePdfText(text);
        Optional<Masthead> found = new MastheadParser(file, d).parse(lines);
        if (found.isEmpty()) {
            if (!d.hasErrors()) {
                d.error(file, 1, "no recognisable UN document symbol (such as S/2014/660) in the masthead;"
                        + " nothing written", "check that the file is a UN document with its masthead");
            }
            return Optional.empty();
        }
        Masthead m = found.get();
        List<Line> body = new ArrayList<>();
        for (int i = m.bodyStart(); i < lines.size(); i++) {
            if (!m.skip().contains(i)) {
                body.add(lines.get(i));
            }
        }
        Cleaner.Result clean = new Cleaner(file, d).clean(body, headers(m), pdf);
        BodyWriter.Body written = BodyWriter.write(TableReader.mark(clean.lines()), pdf, m.compiledResolution());

        DocumentType type = DocumentType.infer(m.symbol(), m.title());
        ResolutionTail.Tail tail = type == DocumentType.RESOLUTION
                ? ResolutionTail.read(written.blocks(), m.compiledResolution()) : ResolutionTail.Tail.none(written.blocks());
        List<Footnote> notes = new ArrayList<>(clean.footnotes());
        notes.addAll(tail.footnotes());

        StringBuilder md = new StringBuilder();
        for (String b : tail.blocks()) {
            md.append(b).append("\n\n");
        }
        for (Footnote n : notes) {
            if (n.linked()) {
                md.append("[^").append(n.key()).append("]: ").append(n.text()).append("\n\n");
            }
        }
        String bodyText = md.toString().strip() + "\n";

        String vote = recordedVote(file, lines, type, bodyText, d).orElse(tail.vote());
        Metadata meta = metadata(file, m, type, written.sections(), clean, tail, vote, d);
        String markdown = YamlWriter.write(meta) + "\n" + bodyText;
        int warnings = (int) d.sorted().stream().filter(x -> !x.isError()).count();
        return Optional.of(new ImportedDocument(m.symbol(), type, markdown, warnings, meta,
                references(m, meta.title() + "\n" + String.join("\n", m.agenda()) + "\n" + bodyText)));
    }

    /** A resolution's or decision's recorded vote, as its counts; the country lists stay in the text. */
    private static Optional<String> recordedVote(Path file, List<Line> lines, DocumentType type, String body, Diagnostics d) {
        if (type != DocumentType.RESOLUTION && type != DocumentType.DECISION) {
            return Optional.empty();
        }
        Optional<RecordedVote> vote = RecordedVote.read(body);
        if (vote.isPresent() && !vote.get().agrees()) {
            int line = lines.stream().filter(l -> l.text().contains("In favour:")).findFirst().map(Line::number).orElse(1);
            int[] c = vote.get().stated().orElseThrow();
            d.warning(file, line, "the recorded vote counts " + vote.get().summary().replace("recorded: ", "")
                    + " countries, the adoption line " + c[0] + " to " + c[1] + " with " + c[2] + " abstentions",
                    "check the lists against the printed text; the counts of the lists are kept");
        }
        return vote.map(RecordedVote::summary);
    }

    private Metadata metadata(Path file, Masthead m, DocumentType type, List<Section> sections, Cleaner.Result clean,
                              ResolutionTail.Tail tail, String vote, Diagnostics d) {
        if (m.title() == null) {
            d.warning(file, m.titleLine() == 0 ? m.symbolLine() : m.titleLine(), "cannot read the title under the masthead",
                    "add title: to the front matter");
        }
        if (m.distribution() == null) {
            d.warning(file, m.symbolLine(), "no 'Distr.' line in the masthead: distribution left out",
                    "add distribution: General, Limited or Restricted");
        }
        if (m.date() == null && !m.compiledResolution()) {
            d.warning(file, m.symbolLine(), "no issue date in the masthead: date left out", "add date: YYYY-MM-DD");
        }
        if (m.original() == null && type != DocumentType.RESOLUTION) {
            d.warning(file, m.symbolLine(), "no 'Original:' line in the masthead: original left out", null);
        }
        if (m.reissueMark() && clean.reissued() == null) {
            d.warning(file, m.symbolLine(), "the symbol is marked '*' (reissued) but no reissue date is printed", null);
        }
        String from = null;
        String to = null;
        if (type == DocumentType.LETTER || type == DocumentType.NOTE_VERBALE) {
            Optional<LetterTitle> letter = LetterTitle.parse(m.title());
            from = letter.map(LetterTitle::from).orElse(null);
            to = letter.map(LetterTitle::to).orElse(null);
            if (from == null) {
                d.warning(file, m.titleLine(), "cannot read sender and addressee from the title", null);
            }
        }
        List<Signatory> signatories = withRole(sections.get(0).signatories, from);
        List<Annex> annexes = new ArrayList<>();
        for (Section s : sections.subList(1, sections.size())) {
            Annex a = s.toAnnex();
            annexes.add(new Annex(a.title(), a.from(), a.to(), a.date(), a.original(), withRole(a.signatories(), a.from())));
        }
        return new Metadata(m.symbol(), m.title(), type, m.date(), m.distribution(), m.original(), m.also(),
                m.session(), m.agenda(), from, to, signatories, annexes, clean.reissued(),
                m.adopted() != null ? m.adopted() : tail.adopted(), tail.meeting(), vote, file.getFileName().toString());
    }

    /**
     * A letter signed by one person with no role printed under the name is signed by its sender,
     * whom the title names ("from the Secretary-General"): that is the role.
     */
    private static List<Signatory> withRole(List<Signatory> signatories, String from) {
        if (signatories.size() == 1 && signatories.get(0).role() == null && from != null
                && signatories.get(0).name() != null) {
            return List.of(new Signatory(signatories.get(0).name(), from));
        }
        return signatories.stream().filter(s -> s.name() != null).toList();
    }

    /** Running headers repeat the symbols, and on resolutions the title, at the top of each page. */
    private static Set<String> headers(Masthead m) {
        Set<String> h = new HashSet<>();
        List<Symbol> all = new ArrayList<>(m.also());
        all.add(0, m.symbol());
        for (Symbol s : all) {
            h.add(s.text().toLowerCase(Locale.ROOT));
        }
        if (!m.also().isEmpty()) {
            h.add(String.join("\u2013", all.stream().map(Symbol::text).toList()).toLowerCase(Locale.ROOT));
            h.add(String.join("-", all.stream().map(Symbol::text).toList()).toLowerCase(Locale.ROOT));
        }
        if (m.title() != null && m.title().length() < 80) {
            h.add(m.title().toLowerCase(Locale.ROOT));
        }
        return h;
    }

    private List<Symbol> references(Masthead m, String text) {
        Set<Symbol> own = new HashSet<>(m.also());
        own.add(m.symbol());
        Set<Symbol> out = new LinkedHashSet<>();
        for (Reference r : finder.find(text)) {
            if (!own.contains(r.symbol())) {
                out.add(r.symbol());
            }
        }
        return List.copyOf(out);
    }

}
