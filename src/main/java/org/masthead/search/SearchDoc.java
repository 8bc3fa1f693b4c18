package org.masthead.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One language version of a document as search sees it: the search package's own value, so that
 * the build's document model can change without touching the index.
 *
 * @param url  the document page, relative to the site's root ({@code S/2014/660/index.html})
 * @param text the body as plain text
 */
public record SearchDoc(String symbol, String title, LocalDate date, String organ, String type, String language,
                        List<String> subjects, String url, String text) {
    public SearchDoc {
        subjects = List.copyOf(subjects);
        title = title == null ? "" : title;
        organ = organ == null ? "" : organ;
        type = type == null ? "" : type;
        text = text == null ? "" : text;
    }

    /** The words a match in which ranks above one in the body: symbol, title, subjects and type. */
    String head() {
        return symbol + "\n" + title + "\n" + String.join("\n", subjects) + "\n" + type.replace('-', ' ');
    }
}
