package org.masthead.plan;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.masthead.model.Document;

/** A way to browse the archive: each document falls under one or more values of each facet. */
public enum Facet {
    ORGAN("organ", "Organ"),
    YEAR("year", "Year"),
    TYPE("type", "Document type"),
    SUBJECT("subject", "Subject"),
    /** The languages of the versions, by code: a document is under each language it has a version in. */
    LANGUAGE("language", "Language");

    private final String slug;
    private final String title;

    Facet(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The values a document has under this facet, as display labels. */
    public List<String> labels(Document d) {
        return switch (this) {
            case ORGAN -> List.of(d.organ());
            case YEAR -> List.of(Integer.toString(d.year()));
            case TYPE -> List.of(d.type().plural());
            case SUBJECT -> d.subjects();
            case LANGUAGE -> List.of(d.language().code());
        };
    }

    /** A label as a URL segment: ASCII letters and digits joined by dashes. */
    public static String slugOf(String label) {
        return SLUGS.computeIfAbsent(label, Facet::slug);
    }

    /** Labels repeat on every page that links them: each is turned into a slug once per run. */
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

    /** The longest slug, well under a file name's 255 bytes. */
    static final int MAX_SLUG = 100;

    private static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (s.length() > MAX_SLUG) {
            // A slug names a folder, and file systems take 255 bytes a name: a long label keeps its
            // start and a hash of the whole, so two long labels that start alike stay apart.
            s = s.substring(0, MAX_SLUG - 9).replaceAll("-$", "") + "-" + Integer.toHexString(label.hashCode());
        }
        return s.isEmpty() ? "x" + Integer.toHexString(label.hashCode()) : s;
    }
}
