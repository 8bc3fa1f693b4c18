package org.masthead.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.masthead.model.Annex;
import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Language;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;

/** The cache's hand-written binary format gives back every field of a document as it was written. */
class DocumentCodecTest {
    /** Kept by the cache entry beside the document, not by the codec. */
    private static final String NOT_IN_CODEC = "contentHash";

    private static Document full() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("meeting", "7259");
        extra.put("vote", Map.of("for", "15"));
        extra.put("notes", List.of("a", "b"));
        return new Document(Symbol.of("S/2014/660/Rev.1"), "Letter dated 11 September 2014 — “quoted”",
                DocumentType.ofKey("note-verbale").orElseThrow(), LocalDate.of(2014, 9, 12), Distribution.RESTRICTED,
                "French", Language.FR, List.of(Symbol.of("A/68/789")), "Security Council", "68th",
                List.of("item 34", "item 35"), "Secretary-General", "President of the Security Council",
                List.of(new Signatory("BAN Ki-moon", "Secretary-General")),
                List.of(new Annex("Annex title", "Mali", "Council", LocalDate.of(2014, 9, 10), "French",
                        List.of(new Signatory("Abdoulaye Diop", "Minister")))),
                List.of(Symbol.of("S/RES/2164 (2014)"), Symbol.of("S/PRST/2014/2")), List.of("Mali", "MINUSMA"),
                LocalDate.of(2014, 9, 20), LocalDate.of(2014, 9, 21), extra, Path.of("content/S/2014/660/Rev.1.fr.md"),
                14, "I have the honour to transmit ...", "00000000000000000000abcd");
    }

    private static Document roundTrip(Document d) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DocumentCodec.write(out, d);
        }
        return DocumentCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void everyFieldComesBackAsItWasWritten() throws Exception {
        Document d = full();
        Document back = roundTrip(d);
        for (RecordComponent c : Document.class.getRecordComponents()) {
            if (!c.getName().equals(NOT_IN_CODEC)) {
                assertEquals(c.getAccessor().invoke(d), c.getAccessor().invoke(back), c.getName());
            }
        }
        assertEquals(d, back.withContentHash(d.contentHash()));
    }

    /** A new field fails here until the sample sets it, and then above until the codec carries it. */
    @Test
    void theSampleSetsEveryField() throws Exception {
        Document d = full();
        for (RecordComponent c : Document.class.getRecordComponents()) {
            Object v = c.getAccessor().invoke(d);
            assertNotNull(v, c.getName());
            assertFalse(v instanceof Collection<?> l && l.isEmpty(), c.getName());
            assertFalse(v instanceof Map<?, ?> m && m.isEmpty(), c.getName());
            assertFalse(v instanceof String s && s.isEmpty(), c.getName());
        }
    }

    @Test
    void absentValuesStayAbsent() throws IOException {
        Document d = new Document(Symbol.of("S/RES/2164 (2014)"), "Resolution 2164 (2014)",
                DocumentType.ofKey("resolution").orElseThrow(), LocalDate.of(2014, 6, 25), Distribution.GENERAL,
                null, Language.EN, List.of(), "Security Council", null, List.of(), null, null, List.of(),
                List.of(new Annex(null, null, null, null, null, List.of())), List.of(), List.of(), null, null,
                Map.of(), Path.of("content/S/RES/2164(2014).md"), 0, "");
        assertEquals(d, roundTrip(d));
    }
}
