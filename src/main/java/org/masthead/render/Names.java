package org.masthead.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.masthead.model.DocumentType;
import org.masthead.model.Language;
import org.masthead.model.Organ;

/**
 * The names of the closed vocabularies (organs, document types, languages) in the site's
 * language, from the messages files: {@code organ.<slug>}, {@code type.<key>} (a browse heading,
 * plural), {@code type.<key>.one} (one document's type), {@code language.<code>}. An organ the
 * front matter names in its own words, not one of {@link Organ}, is data and stays as written.
 */
final class Names {
    private final Messages messages;
    private final Language ui;

    Names(Messages messages, Language ui) {
        this.messages = messages;
        this.ui = ui;
    }

    /** The organ as a document's {@code organ} gives it ("Security Council"), named in the site's language. */
    String organ(String organ) {
        return Organ.ofTitle(organ).map(o -> messages.text(ui, organKey(o))).orElse(organ);
    }

    /** One document's type: "Letter", « Lettre ». */
    String type(DocumentType t) {
        return messages.text(ui, "type." + t.key() + ".one");
    }

    /** The type as the heading of its documents: "Letters", « Lettres ». */
    String types(DocumentType t) {
        return messages.text(ui, "type." + t.key());
    }

    String language(Language l) {
        return messages.text(ui, "language." + l.code());
    }

    /** A language the front matter names in English ("Original: French"), in the site's language; other text as written. */
    String language(String named) {
        for (Language l : Language.values()) {
            if (named != null && l.englishName().equalsIgnoreCase(named.strip())) {
                return language(l);
            }
        }
        return named;
    }

    /**
     * Every name the search page's script may show, each with its key there: an organ by the value
     * the search index holds (its English title, which is also the filter's value in the URL), a
     * type by its key, a language by its code. The index stays the same whatever the site's language.
     */
    List<Map<String, Object>> forSearch() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Organ o : Organ.values()) {
            out.add(Vars.of("k", "organ." + o.title(), "text", organ(o.title())));
        }
        for (DocumentType t : DocumentType.values()) {
            out.add(Vars.of("k", "type." + t.key(), "text", types(t)));
            out.add(Vars.of("k", "type." + t.key() + ".one", "text", type(t)));
        }
        for (Language l : Language.values()) {
            out.add(Vars.of("k", "language." + l.code(), "text", language(l)));
        }
        return out;
    }

    static String organKey(Organ o) {
        return "organ." + o.slug();
    }
}
