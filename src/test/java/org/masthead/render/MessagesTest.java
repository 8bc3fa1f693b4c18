package org.masthead.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.DocumentType;
import org.masthead.model.Language;
import org.masthead.model.Organ;
import org.masthead.pipeline.TestSite;

/** The interface words: six files with the same keys, every key the templates use, and a missing one stops the build. */
class MessagesTest {
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-z][a-z.-]*)");

    @TempDir
    Path tmp;

    @Test
    void allSixFilesHaveTheSameKeysWithTextForEach() throws IOException {
        Map<String, Set<String>> keys = new TreeMap<>();
        for (Language l : Language.values()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of("templates", Messages.fileName(l)), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            keys.put(l.code(), new TreeSet<>(p.stringPropertyNames()));
            p.forEach((k, v) -> assertFalse(v.toString().isBlank(), () -> l + ": " + k + " is empty"));
        }
        Set<String> english = keys.get("en");
        keys.forEach((lang, set) -> assertEquals(english, set, "keys of messages_" + lang + ".properties"));
    }

    @Test
    void everyKeyTheBuiltInTemplatesUseIsThere() throws IOException {
        Messages messages = new Templates(null).messages();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path t : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = MESSAGE_KEY.matcher(Files.readString(t));
                while (m.find()) {
                    String key = m.group(1);
                    for (Language l : Language.values()) {
                        assertTrue(messages.has(l, key), () -> t + " uses " + key + ", missing for " + l);
                    }
                }
            }
        }
    }

    /** The names Java asks for (render/Names), which no template names: every organ, type and language, in all six. */
    @Test
    void everyOrganTypeAndLanguageIsNamedInEveryLanguage() {
        Messages messages = new Templates(null).messages();
        for (Language l : Language.values()) {
            Names names = new Names(messages, l);
            for (Organ o : Organ.values()) {
                assertFalse(names.organ(o.title()).isBlank(), o + " in " + l);
            }
            for (DocumentType t : DocumentType.values()) {
                assertFalse(names.type(t).isBlank() || names.types(t).isBlank(), t + " in " + l);
            }
            for (Language named : Language.values()) {
                assertFalse(names.language(named).isBlank(), named + " in " + l);
            }
            // Every key the search page lists is one of these, each with its text.
            names.forSearch().forEach(n -> assertFalse(String.valueOf(n.get("text")).isBlank(), n::toString));
        }
        Names french = new Names(messages, Language.FR);
        assertEquals("Conseil de sécurité", french.organ("Security Council"));
        assertEquals("Human Rights Council", french.organ("Human Rights Council"), "an organ not in the list stays as written");
        assertEquals("français", french.language("French"));
        assertEquals("français", french.language(" french "));
        assertEquals("Swahili", french.language("Swahili"));
    }

    @Test
    void aKeyNoFileHasFailsTheBuildNamingTemplateAndKey() throws IOException {
        TestSite site = new TestSite(tmp);
        site.file("S/2014/660.md", TestSite.doc("S/2014/660", "2014-09-12", "Letter", "", "Text."));
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("home.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><title>t</title></head>
                <body>
                <p th:text="#{home.welcome}">Welcome</p>
                </body></html>
                """);
        // The user's English file has the new word, the French one does not.
        Files.writeString(templates.resolve("messages_en.properties"), "home.welcome=Welcome\n");

        TestSite.Run english = site.buildWithTemplates(templates);
        assertEquals(0, english.code(), english::toString);
        assertTrue(site.text("index.html").contains("<p>Welcome</p>"), () -> site.text("index.html"));

        TestSite.Run french = site.run("build", "--content", site.content.toString(), "--out", site.out.toString(),
                "--templates", templates.toString(), "--lang", "fr");
        assertEquals(1, french.code(), french::toString);
        assertTrue(french.err().contains(templates.resolve("home.html") + ":4:"), french::toString);
        assertTrue(french.err().contains("'home.welcome'") && french.err().contains("messages_fr.properties"),
                french::toString);
        assertFalse(site.text("index.html").contains("??"), "the English site stays as it was");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        TestSite site = new TestSite(tmp);
        TestSite.Run r = site.run("build", "--content", site.content.toString(), "--lang", "de");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("ar, zh, en, fr, ru, es"), r::toString);
    }
}
