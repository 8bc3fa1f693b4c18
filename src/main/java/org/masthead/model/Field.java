package org.masthead.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one description of a document's front-matter fields, in the order of FORMAT.md (and so of
 * the JSON and of imported front matter): the key, the group that holds it, what kind of value it
 * is and whether a language version inherits it. The reader, the cache codec, the JSON, the page
 * model and inheritance between versions all go through this table, so a new field is a constant
 * here and a component of its group; {@code FieldCoverageTest} fails until every writer has it.
 */
public enum Field {
    SYMBOL("symbol", Group.IDENTITY, Kind.SYMBOL, Inheritance.INHERITED, d -> d.identity().symbol()),
    TITLE("title", Group.IMPRINT, Kind.TEXT, Inheritance.OWN, d -> d.imprint().title()),
    TYPE("type", Group.IDENTITY, Kind.TYPE, Inheritance.INHERITED, d -> d.identity().type()),
    DATE("date", Group.IMPRINT, Kind.DATE, Inheritance.INHERITED, d -> d.imprint().date()),
    DISTRIBUTION("distribution", Group.IMPRINT, Kind.DISTRIBUTION, Inheritance.INHERITED, d -> d.imprint().distribution()),
    ORIGINAL("original", Group.IMPRINT, Kind.TEXT, Inheritance.VERSION, d -> d.imprint().original()),
    LANGUAGE("language", Group.IDENTITY, Kind.LANGUAGE, Inheritance.OWN, d -> d.identity().language()),
    ALSO("also", Group.RELATIONS, Kind.SYMBOLS, Inheritance.INHERITED, d -> d.relations().also()),
    ORGAN("organ", Group.IDENTITY, Kind.TEXT, Inheritance.INHERITED, d -> d.identity().organ()),
    SESSION("session", Group.IMPRINT, Kind.TEXT, Inheritance.INHERITED, d -> d.imprint().session()),
    AGENDA("agenda", Group.IMPRINT, Kind.TEXTS, Inheritance.INHERITED, d -> d.imprint().agenda()),
    FROM("from", Group.PARTIES, Kind.TEXT, Inheritance.VERSION, d -> d.parties().from()),
    TO("to", Group.PARTIES, Kind.TEXT, Inheritance.VERSION, d -> d.parties().to()),
    SIGNATORIES("signatories", Group.PARTIES, Kind.SIGNATORIES, Inheritance.VERSION, d -> d.parties().signatories()),
    ANNEXES("annexes", Group.RELATIONS, Kind.ANNEXES, Inheritance.VERSION, d -> d.relations().annexes()),
    REFERENCES("references", Group.RELATIONS, Kind.SYMBOLS, Inheritance.MERGED, d -> d.relations().references()),
    SUBJECTS("subjects", Group.RELATIONS, Kind.TEXTS, Inheritance.INHERITED, d -> d.relations().subjects()),
    REISSUED("reissued", Group.IMPRINT, Kind.DATE, Inheritance.INHERITED, d -> d.imprint().reissued()),
    ADOPTED("adopted", Group.IMPRINT, Kind.DATE, Inheritance.INHERITED, d -> d.imprint().adopted()),
    JOBS("jobs", Group.PROVENANCE, Kind.JOBS, Inheritance.INHERITED, d -> d.extra().get("jobs")),
    UNDL("undl", Group.PROVENANCE, Kind.WHOLE_NUMBER, Inheritance.INHERITED, d -> d.extra().get("undl")),
    MEETING("meeting", Group.PROVENANCE, Kind.TEXT, Inheritance.INHERITED, d -> d.extra().get("meeting")),
    VOTE("vote", Group.PROVENANCE, Kind.TEXT, Inheritance.INHERITED, d -> d.extra().get("vote")),
    /** Where this version's text was taken from: each language has its own. */
    SOURCE("source", Group.PROVENANCE, Kind.TEXT, Inheritance.OWN, d -> d.extra().get("source"));

    /** The record of {@link Document} that holds a field. */
    public enum Group {
        IDENTITY, IMPRINT, PARTIES, RELATIONS,
        /** Kept as written in {@link Provenance#extra}, beside unknown keys: checked, not typed. */
        PROVENANCE
    }

    /** The kind of value, which says how it is read, cached and written out. */
    public enum Kind {
        SYMBOL, LANGUAGE, TYPE, DISTRIBUTION, TEXT, TEXTS, DATE, SYMBOLS, SIGNATORIES, ANNEXES,
        /** A map from language code to ODS job number. */
        JOBS,
        /** A positive whole number, such as a UN Digital Library record. */
        WHOLE_NUMBER
    }

    /** How a language version gets a field it does not state. */
    public enum Inheritance {
        /** Each version's own, never taken from another: its language, its title, where its file came from. */
        OWN,
        /**
         * Each version may state its own (the translated sender, annexes, signatories; "Original: anglais"
         * says what "Original: English" says): one that does not takes the main version's, and a
         * different value is no conflict.
         */
        VERSION,
        /** A value of the document (date, organ, ...): taken from the versions that state it; two that differ are a warning. */
        INHERITED,
        /** Every version's values together, each once (references: not every version's text names them alike). */
        MERGED
    }

    private final String key;
    private final Group group;
    private final Kind kind;
    private final Inheritance inheritance;
    private final Function<Document, Object> getter;

    Field(String key, Group group, Kind kind, Inheritance inheritance, Function<Document, Object> getter) {
        this.key = key;
        this.group = group;
        this.kind = kind;
        this.inheritance = inheritance;
        this.getter = getter;
    }

    /** The front-matter key, which is also the JSON key. */
    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    public Kind kind() {
        return kind;
    }

    public Inheritance inheritance() {
        return inheritance;
    }

    /** True when the value lives in the extra map, as written, rather than in a typed component. */
    public boolean kept() {
        return group == Group.PROVENANCE;
    }

    /** The field's value in a document: null when absent (an optional scalar or an extra key not written). */
    public Object of(Document d) {
        return getter.apply(d);
    }

    /** The field of a front-matter key. */
    public static Optional<Field> ofKey(String key) {
        for (Field f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
