package org.masthead.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.masthead.link.LinkGraph;
import org.masthead.model.Document;
import org.masthead.model.Field;
import org.masthead.model.SampleDocument;
import org.masthead.plan.SiteUrls;

/**
 * Holds every writer of a document's fields to the one description, {@link Field}: a component
 * of a group without its row in the table, or a row that the JSON or the page model leaves out,
 * fails here (the cache codec's round trip is held the same way in {@code DocumentCodecTest}).
 */
class FieldCoverageTest {
    private final Document sample = SampleDocument.full();
    private final LinkGraph graph = LinkGraph.of(List.of(sample));
    private final SiteUrls urls = new SiteUrls(graph);

    @Test
    void everyComponentOfAGroupIsARowOfTheTable() throws Exception {
        for (Class<? extends Record> group : SampleDocument.FIELD_GROUPS) {
            Record value = (Record) Document.class.getMethod(lowerFirst(group.getSimpleName())).invoke(sample);
            for (RecordComponent c : group.getRecordComponents()) {
                Field f = Field.ofKey(c.getName()).orElseThrow(() -> new AssertionError(
                        group.getSimpleName() + "." + c.getName() + " has no row in Field"));
                assertEquals(group.getSimpleName().toUpperCase(Locale.ROOT), f.group().name(), c.getName());
                assertEquals(c.getAccessor().invoke(value), f.of(sample), "Field." + f + " reads another component");
            }
        }
        for (Field f : Field.values()) {
            assertTrue(f.kept() || SampleDocument.fieldComponents().contains(f.key()), f + " has no component");
        }
    }

    @Test
    void theSampleSetsEveryComponentAndEveryKeptField() {
        SampleDocument.leaves(sample).forEach((name, v) -> {
            assertNotNull(v, name);
            assertFalse(v instanceof Collection<?> l && l.isEmpty(), name);
            assertFalse(v instanceof Map<?, ?> m && m.isEmpty(), name);
            assertFalse(v instanceof String s && s.isEmpty(), name);
        });
        for (Field f : Field.values()) {
            assertNotNull(f.of(sample), f.key());
        }
    }

    @Test
    void theJsonHasEveryField() {
        Map<String, Object> json = new MachineFiles(graph, urls, "https://example.org/", "Test").metadata(sample);
        for (Field f : Field.values()) {
            assertNotNull(json.get(f.key()), "the JSON lacks '" + f.key() + "'");
        }
        assertEquals(sample.title(), json.get("title"));
        assertEquals("2014-09-12", json.get("date"));
        assertEquals(List.of("A/68/789"), json.get("also"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePageModelHasEveryField() {
        PageModels models = new PageModels(graph, urls, "https://example.org/", "Test");
        Map<String, Object> doc = (Map<String, Object>) models.document(sample,
                new MarkdownRenderer.Body("<p>Text</p>", List.of())).get("doc");
        Map<String, Object> extra = (Map<String, Object>) doc.get("extra");
        for (Field f : Field.values()) {
            Object v = f.kept() ? extra.get(f.key()) : doc.get(f.key());
            assertNotNull(v, "the page model lacks '" + f.key() + "'");
            assertFalse(v instanceof Collection<?> l && l.isEmpty(), f.key());
        }
        assertEquals("12 September 2014", doc.get("date"));
        assertEquals("Restricted", doc.get("distribution"));
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
