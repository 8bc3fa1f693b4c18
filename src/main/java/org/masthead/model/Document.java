package org.masthead.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the build knows about one language version of a document, except its body:
 * bodies are read again when their page is rendered, so memory stays flat in the archive's size.
 * The fields are grouped into records; {@link Field} describes each one, and the accessors
 * below are shortcuts into the groups.
 */
public record Document(Identity identity, Imprint imprint, Parties parties, Relations relations,
                       Provenance provenance) {
    /**
     * The order in which a version that does not state a field looks for it among the others: the
     * main version (English) first, then the UN's order of languages.
     */
    public static final Comparator<Document> MAIN_FIRST = Comparator.comparing((Document d) -> d.language() != Language.EN)
            .thenComparing(Document::language);

    /**
     * A document from the values of its fields (every {@link Field} but the kept ones, which
     * live in the provenance's extra map): the one place the groups are put together.
     */
    @SuppressWarnings("unchecked")
    public static Document of(Map<Field, Object> v, Provenance provenance) {
        return new Document(
                new Identity((Symbol) v.get(Field.SYMBOL), (Language) v.get(Field.LANGUAGE),
                        (DocumentType) v.get(Field.TYPE), (String) v.get(Field.ORGAN)),
                new Imprint((String) v.get(Field.TITLE), (LocalDate) v.get(Field.DATE),
                        (Distribution) v.get(Field.DISTRIBUTION), (String) v.get(Field.ORIGINAL),
                        (String) v.get(Field.SESSION), (List<String>) v.get(Field.AGENDA),
                        (LocalDate) v.get(Field.REISSUED), (LocalDate) v.get(Field.ADOPTED)),
                new Parties((String) v.get(Field.FROM), (String) v.get(Field.TO),
                        (List<Signatory>) v.get(Field.SIGNATORIES)),
                new Relations((List<Symbol>) v.get(Field.ALSO), (List<Symbol>) v.get(Field.REFERENCES),
                        (List<String>) v.get(Field.SUBJECTS), (List<Annex>) v.get(Field.ANNEXES)),
                provenance);
    }

    /** The typed fields' values, as {@link #of} takes them. */
    public Map<Field, Object> values() {
        Map<Field, Object> v = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            if (!f.kept()) {
                v.put(f, f.of(this));
            }
        }
        return v;
    }

    /** The same document with one field's value replaced (a kept field's value goes into the extra map). */
    public Document with(Field f, Object value) {
        if (f.kept()) {
            Map<String, Object> extra = new LinkedHashMap<>(extra());
            if (value == null) {
                extra.remove(f.key());
            } else {
                extra.put(f.key(), value);
            }
            return new Document(identity, imprint, parties, relations, provenance.withExtra(extra));
        }
        Map<Field, Object> v = values();
        v.put(f, value);
        return of(v, provenance);
    }

    /** The same document, marked with the hash of the file it was read from (keys the build cache). */
    public Document withContentHash(String hash) {
        return hash.equals(contentHash()) ? this
                : new Document(identity, imprint, parties, relations, provenance.withContentHash(hash));
    }

    public Symbol symbol() {
        return identity.symbol();
    }

    public Language language() {
        return identity.language();
    }

    public DocumentType type() {
        return identity.type();
    }

    public String organ() {
        return identity.organ();
    }

    public String title() {
        return imprint.title();
    }

    public LocalDate date() {
        return imprint.date();
    }

    public Distribution distribution() {
        return imprint.distribution();
    }

    public String original() {
        return imprint.original();
    }

    public String session() {
        return imprint.session();
    }

    public List<String> agenda() {
        return imprint.agenda();
    }

    public LocalDate reissued() {
        return imprint.reissued();
    }

    public LocalDate adopted() {
        return imprint.adopted();
    }

    public String from() {
        return parties.from();
    }

    public String to() {
        return parties.to();
    }

    public List<Signatory> signatories() {
        return parties.signatories();
    }

    public List<Symbol> also() {
        return relations.also();
    }

    public List<Symbol> references() {
        return relations.references();
    }

    public List<String> subjects() {
        return relations.subjects();
    }

    public List<Annex> annexes() {
        return relations.annexes();
    }

    public Map<String, Object> extra() {
        return provenance.extra();
    }

    public Path source() {
        return provenance.source();
    }

    public int bodyLine() {
        return provenance.bodyLine();
    }

    public String summary() {
        return provenance.summary();
    }

    public String contentHash() {
        return provenance.contentHash();
    }

    /** The fields its own file states. */
    public Set<Field> stated() {
        return provenance.stated();
    }

    public int year() {
        return date().getYear();
    }
}
