package org.masthead.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kinds of document the archive knows, as written in front matter ({@code note-verbale}). */
public enum DocumentType {
    LETTER("letter", "Letters"),
    NOTE_VERBALE("note-verbale", "Notes verbales"),
    NOTE("note", "Notes"),
    REPORT("report", "Reports"),
    RESOLUTION("resolution", "Resolutions"),
    DECISION("decision", "Decisions"),
    PRESIDENTIAL_STATEMENT("presidential-statement", "Presidential statements"),
    MEETING_RECORD("meeting-record", "Meeting records"),
    AGENDA("agenda", "Agendas"),
    OTHER("other", "Other documents");

    private static final Pattern RES = Pattern.compile("[A-Z]+/(.+/)?RES/.*");
    private static final Pattern PV = Pattern.compile("[A-Z]+/(.+/)?PV\\..*");

    private final String key;
    private final String plural;

    DocumentType(String key, String plural) {
        this.key = key;
        this.plural = plural;
    }

    public String key() {
        return key;
    }

    /** The type whose plural label (a browse value) this is. */
    public static Optional<DocumentType> byPlural(String plural) {
        for (DocumentType t : values()) {
            if (t.plural.equals(plural)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String plural() {
        return plural;
    }

    public static Optional<DocumentType> ofKey(String key) {
        for (DocumentType t : values()) {
            if (t.key.equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type a document most likely has when its front matter does not say: symbol first, then title. */
    public static DocumentType infer(Symbol symbol, String title) {
        String s = symbol.text();
        if (RES.matcher(s).matches()) {
            return RESOLUTION;
        }
        if (s.startsWith("S/PRST/")) {
            return PRESIDENTIAL_STATEMENT;
        }
        if (PV.matcher(s).matches()) {
            return MEETING_RECORD;
        }
        if (s.startsWith("S/Agenda/")) {
            return AGENDA;
        }
        String t = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("identical letters") || t.startsWith("letter")) {
            return LETTER;
        }
        if (t.startsWith("note verbale")) {
            return NOTE_VERBALE;
        }
        if (t.startsWith("note by")) {
            return NOTE;
        }
        if (t.contains("report")) {
            return REPORT;
        }
        if (t.startsWith("statement by the president")) {
            return PRESIDENTIAL_STATEMENT;
        }
        if (t.startsWith("resolution")) {
            return RESOLUTION;
        }
        if (t.startsWith("decision")) {
            return DECISION;
        }
        return OTHER;
    }
}
