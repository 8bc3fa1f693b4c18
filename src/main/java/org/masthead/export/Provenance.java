package org.masthead.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.model.Document;

/**
 * Where a version's text comes from, in words a reader understands ("Text of the official
 * English PDF"), linked to the official record it can be checked against. The {@code source}
 * key it is read from (a repository, commit and file, free text) stays as it is in the JSON.
 *
 * @param kind  what the text is
 * @param note  what the source adds in its own words (a licence, a publisher), or empty
 * @param href  the official record to compare it with: the version's PDF, else undocs.org
 */
public record Provenance(Kind kind, Optional<String> note, String href) {

    /** What the text is; its words, in the site's language, are the messages {@code provenance.<kind>}. */
    public enum Kind {
        ENTERED, CATALOGUE, PDF, WEB, COPY;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)\\s*$");
    private static final Pattern WEB = Pattern.compile("(?i)\\.x?html?\\b");

    public static Provenance of(Document d, OfficialRecord record) {
        String source = d.extra().get("source") instanceof String s ? s.strip() : "";
        String lower = source.toLowerCase(Locale.ROOT);
        String undocs = record.undocs(d.language());
        Optional<String> pdf = record.pdf(d.language());
        if (source.isEmpty()) {
            return new Provenance(Kind.ENTERED, Optional.empty(), pdf.orElse(undocs));
        }
        Optional<String> note = note(source, d.symbol().text());
        if (lower.startsWith("catalogue entry")) {
            return new Provenance(Kind.CATALOGUE, Optional.empty(), undocs);
        }
        if (lower.contains("pdf")) {
            return new Provenance(Kind.PDF, note, pdf.orElse(undocs));
        }
        if (WEB.matcher(source).find()) {
            return new Provenance(Kind.WEB, note, undocs);
        }
        return new Provenance(Kind.COPY, note, pdf.orElse(undocs));
    }

    /** The closing parenthesis of a source, without the symbol it may repeat: "public domain", "CC0 1.0". */
    private static Optional<String> note(String source, String symbol) {
        Matcher m = PARENTHESIS.matcher(source);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : m.group(1).split(",")) {
            String p = part.strip();
            if (!p.isEmpty() && !p.equalsIgnoreCase(symbol)) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }
}
