package org.masthead.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * Expressions through the real engine: map paths take {@link MapPathEvaluator}'s direct way and
 * must give what OGNL gives; everything else must still reach OGNL.
 */
class TemplatesTest {
    @TempDir
    Path dir;

    /** A public type, so that OGNL may read its getter. */
    public record Person(String name) {
        public String getName() {
            return name;
        }
    }

    private String render(String body, Map<String, Object> vars) throws IOException {
        Files.writeString(dir.resolve("t.html"), "<p>" + body + "</p>");
        return new Templates(dir).render("t", vars).replaceAll("^<p>|</p>$", "");
    }

    @Test
    void mapPathsReadKeysAndConvertValuesToText() throws IOException {
        Map<String, Object> vars = Vars.of("doc", Vars.of("symbol", "S/2014/660", "year", 2014,
                "inner", Vars.of("deep", "<b>")));
        assertEquals("S/2014/660 2014 &lt;b&gt;",
                render("<span th:text=\"${doc.symbol}\"></span> <span th:text=\"${doc.year}\"></span> "
                        + "<span th:text=\"${ doc.inner.deep }\"></span>", vars).replaceAll("</?span>", ""));
    }

    @Test
    void missingKeysAndVariablesAreEmptyAsWithOgnl() throws IOException {
        Map<String, Object> vars = Vars.of("doc", Vars.of("symbol", "S/1"));
        assertEquals("[][]", render("[<span th:text=\"${doc.nothing}\"></span>][<span th:text=\"${nobody}\"></span>]", vars)
                .replaceAll("</?span>", ""));
        assertEquals("", render("<span th:if=\"${doc.nothing}\">shown</span>", vars));
    }

    @Test
    void whatIsNotAMapPathStillGoesToOgnl() throws IOException {
        Map<String, Object> vars = Vars.of("doc", Vars.of("list", List.of("a", "b"), "size", "key"),
                "person", new Person("Ban Ki-moon"));
        // Method calls and operators.
        assertEquals("2 true", render("<span th:text=\"${doc.list.size()}\"></span> "
                + "<span th:text=\"${!doc.list.isEmpty()}\"></span>", vars).replaceAll("</?span>", ""));
        // OGNL reads 'size' of a map as the map's size, not the key: so must we.
        assertEquals("2", render("<span th:text=\"${doc.size}\"></span>", vars).replaceAll("</?span>", ""));
        // A step that is not a map: a getter, through OGNL.
        assertEquals("Ban Ki-moon", render("<span th:text=\"${person.name}\"></span>", vars).replaceAll("</?span>", ""));
        // Calls on what is not a collection (here a String) are OGNL's too.
        assertEquals("false true", render("<span th:text=\"${doc.name.isEmpty()}\"></span> "
                + "<span th:text=\"${!doc.name.isEmpty()}\"></span>", Vars.of("doc", Vars.of("name", "key")))
                .replaceAll("</?span>", ""));
        assertEquals("false true 0", render("<span th:text=\"${!doc.none.isEmpty()}\"></span> "
                + "<span th:text=\"${ doc.none.isEmpty() }\"></span> <span th:text=\"${doc.none.size()}\"></span>",
                Vars.of("doc", Vars.of("none", List.of()))).replaceAll("</?span>", ""));
        // Iteration variables are variables too.
        assertEquals("ab", render("<th:block th:each=\"x : ${doc.list}\" th:text=\"${x}\"></th:block>", vars));
    }

    @Test
    void aStepThroughNullFailsAsWithOgnl() throws IOException {
        Map<String, Object> vars = Vars.of("doc", Vars.of("symbol", "S/1"));
        // The engine's exception arrives wrapped, with the template's file, line and column for a diagnostic.
        Templates.Failure e = assertThrows(Templates.Failure.class,
                () -> render("<span th:text=\"${doc.nothing.deeper}\"></span>", vars));
        assertTrue(e.getCause() instanceof TemplateProcessingException, e.toString());
        assertTrue(e.getMessage().contains("doc.nothing.deeper"), e.getMessage());
        e = assertThrows(Templates.Failure.class,
                () -> render("<span th:if=\"${!doc.nothing.isEmpty()}\"></span>", vars));
        assertTrue(e.getMessage().contains("doc.nothing.isEmpty()"), e.getMessage());
    }

    /**
     * The built-in lists are written out because a jar cannot list its own folders; a file
     * added to templates/ and not to the lists would be left out of every page's key.
     */
    @Test
    void builtinListsNameEveryFileOfTheTemplatesFolder() throws IOException {
        Path folder = Path.of("templates");
        List<String> templates;
        List<String> assets;
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> all = files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
            templates = all.stream().filter(p -> !p.startsWith("assets/") && !p.startsWith("messages_")).toList();
            assertEquals(List.of("messages_ar.properties", "messages_en.properties", "messages_es.properties",
                    "messages_fr.properties", "messages_ru.properties", "messages_zh.properties"),
                    all.stream().filter(p -> p.startsWith("messages_")).toList(), "one message file per official language");
            assets = all.stream().filter(p -> p.startsWith("assets/")).toList();
        }
        assertEquals(templates, Templates.BUILTIN_TEMPLATES.stream().map(t -> t + ".html").sorted().toList());
        assertEquals(assets, Templates.BUILTIN_ASSETS.stream().sorted().toList());
        assertEquals(List.copyOf(assets), new Templates(null).assetPaths());
        assertTrue(new Templates(null).sources().keySet().containsAll(
                Templates.BUILTIN_TEMPLATES.stream().map(t -> "builtin:" + t).toList()));
        assertTrue(new Templates(null).sources().containsKey("messages:builtin:messages_ar.properties"),
                "a changed message file must change the fingerprint of the templates");
    }
}
