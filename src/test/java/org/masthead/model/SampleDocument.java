package org.masthead.model;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document with every field set to a value of its own, for the tests that hold every writer
 * (cache codec, JSON, page model) to the {@link Field} table. A new component fails
 * {@code FieldCoverageTest} until this sample sets it.
 */
public final class SampleDocument {
    /** The groups of {@link Document} whose components are front-matter fields. */
    public static final List<Class<? extends Record>> FIELD_GROUPS =
            List.of(Identity.class, Imprint.class, Parties.class, Relations.class);

    private SampleDocument() {
    }

    public static Document full() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("jobs", Map.of("en", "N1453541", "fr", "N1453542"));
        extra.put("undl", "3815374");
        extra.put("meeting", "7259");
        extra.put("vote", "13-0-2");
        extra.put("source", "S_2014_660.txt");
        extra.put("notes", List.of("a", "b"));
        Symbol s = Symbol.of("S/2014/660/Rev.1");
        return new Document(
                new Identity(s, Language.FR, DocumentType.NOTE_VERBALE, "Security Council"),
                new Imprint("Letter dated 11 September 2014 \u2014 \u201cquoted\u201d", LocalDate.of(2014, 9, 12),
                        Distribution.RESTRICTED, "French", "68th", List.of("item 34", "item 35"),
                        LocalDate.of(2014, 9, 20), LocalDate.of(2014, 9, 21)),
                new Parties("Secretary-General", "President of the Security Council",
                        List.of(new Signatory("BAN Ki-moon", "Secretary-General"))),
                new Relations(List.of(Symbol.of("A/68/789")),
                        List.of(Symbol.of("S/RES/2164 (2014)"), Symbol.of("S/PRST/2014/2")), List.of("Mali", "MINUSMA"),
                        List.of(new Annex("Annex title", "Mali", "Council", LocalDate.of(2014, 9, 10), "French",
                                List.of(new Signatory("Abdoulaye Diop", "Minister"))))),
                new Provenance(extra, Path.of("content/S/2014/660/Rev.1.fr.md"), 14, "I have the honour to transmit ...",
                        "00000000000000000000abcd", EnumSet.of(Field.TITLE, Field.DATE, Field.JOBS)));
    }

    /** Every leaf value of a document: group components by "group.component", in declaration order. */
    public static Map<String, Object> leaves(Document d) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            for (RecordComponent g : Document.class.getRecordComponents()) {
                Record group = (Record) g.getAccessor().invoke(d);
                for (RecordComponent c : group.getClass().getRecordComponents()) {
                    out.put(g.getName() + "." + c.getName(), c.getAccessor().invoke(group));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The names of the components of the field groups. */
    public static List<String> fieldComponents() {
        List<String> out = new ArrayList<>();
        for (Class<? extends Record> g : FIELD_GROUPS) {
            for (RecordComponent c : g.getRecordComponents()) {
                out.add(c.getName());
            }
        }
        return out;
    }
}
