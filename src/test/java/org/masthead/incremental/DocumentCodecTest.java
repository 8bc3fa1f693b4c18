package org.masthead.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.masthead.model.Annex;
import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Identity;
import org.masthead.model.Imprint;
import org.masthead.model.Language;
import org.masthead.model.Parties;
import org.masthead.model.Provenance;
import org.masthead.model.Relations;
import org.masthead.model.SampleDocument;
import org.masthead.model.Symbol;

/** The cache's binary format gives back every component of every group of a document as it was written. */
class DocumentCodecTest {
    /** Kept by the cache entry beside the document, not by the codec. */
    private static final String NOT_IN_CODEC = "provenance.contentHash";

    static Document roundTrip(Document d) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DocumentCodec.write(out, d);
        }
        return DocumentCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    /** With {@code FieldCoverageTest.theSampleSetsEveryComponent}: a component the codec forgets fails here. */
    @Test
    void everyComponentComesBackAsItWasWritten() throws Exception {
        Document d = SampleDocument.full();
        Map<String, Object> back = SampleDocument.leaves(roundTrip(d));
        SampleDocument.leaves(d).forEach((name, value) -> {
            if (!name.equals(NOT_IN_CODEC)) {
                assertEquals(value, back.get(name), name);
            }
        });
        assertEquals(d, roundTrip(d).withContentHash(d.contentHash()));
    }

    @Test
    void absentValuesStayAbsent() throws IOException {
        Document d = new Document(
                new Identity(Symbol.of("S/RES/2164 (2014)"), Language.EN, DocumentType.RESOLUTION, "Security Council"),
                new Imprint("Resolution 2164 (2014)", LocalDate.of(2014, 6, 25), Distribution.GENERAL, null, null,
                        List.of(), null, null),
                new Parties(null, null, List.of()),
                new Relations(List.of(), List.of(), List.of(), List.of(new Annex(null, null, null, null, null, List.of()))),
                new Provenance(Map.of(), Path.of("content/S/RES/2164(2014).md"), 0, "", "", Set.of()));
        assertEquals(d, roundTrip(d));
    }
}
