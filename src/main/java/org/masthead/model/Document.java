package org.masthead.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the build knows about one language version of a document, except its body:
 * bodies are read again when their page is rendered, so memory stays flat in the archive's size.
 *
 * @param source      the content file
 * @param bodyLine    the line of the file on which the body starts
 * @param references  symbols the document cites (found in the text plus front-matter
 *                    {@code references}), in order of first appearance, without duplicates
 * @param extra       unknown front-matter keys, kept for templates, in file order
 * @param summary     the start of the body as plain text, for meta descriptions and lists
 * @param contentHash the hash of the file's bytes, or empty before the build has it
 */
public record Document(
        Symbol symbol,
        String title,
        DocumentType type,
        LocalDate date,
        Distribution distribution,
        String original,
        Language language,
        List<Symbol> also,
        String organ,
        String session,
        List<String> agenda,
        String from,
        String to,
        List<Signatory> signatories,
        List<Annex> annexes,
        List<Symbol> references,
        List<String> subjects,
        LocalDate reissued,
        LocalDate adopted,
        Map<String, Object> extra,
        Path source,
        int bodyLine,
        String summary,
        String contentHash) {

    /** A document as read, before the build knows the hash of its file. */
    public Document(Symbol symbol, String title, DocumentType type, LocalDate date, Distribution distribution,
                    String original, Language language, List<Symbol> also, String organ, String session,
                    List<String> agenda, String from, String to, List<Signatory> signatories, List<Annex> annexes,
                    List<Symbol> references, List<String> subjects, LocalDate reissued, LocalDate adopted,
                    Map<String, Object> extra, Path source, int bodyLine, String summary) {
        this(symbol, title, type, date, distribution, original, language, also, organ, session, agenda, from, to,
                signatories, annexes, references, subjects, reissued, adopted, extra, source, bodyLine, summary, "");
    }

    public Document {
        also = List.copyOf(also);
        agenda = List.copyOf(agenda);
        signatories = List.copyOf(signatories);
        annexes = List.copyOf(annexes);
        references = List.copyOf(references);
        subjects = List.copyOf(subjects);
        // Most documents have no extra keys: one shared empty map instead of a table each.
        extra = extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The same document, marked with the hash of the file it was read from (keys the build cache). */
    public Document withContentHash(String hash) {
        return hash.equals(contentHash) ? this : new Document(symbol, title, type, date, distribution, original,
                language, also, organ, session, agenda, from, to, signatories, annexes, references, subjects,
                reissued, adopted, extra, source, bodyLine, summary, hash);
    }

    public int year() {
        return date.getYear();
    }
}
