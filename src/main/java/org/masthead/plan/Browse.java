package org.masthead.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.masthead.model.Document;
import org.masthead.model.Language;

/** The browse pages: for each facet, its values, each with the documents under it. */
public final class Browse {
    private final Map<Facet, List<FacetValue>> values;

    private Browse(Map<Facet, List<FacetValue>> values) {
        this.values = values;
    }

    /** A browse of documents that have one version each. */
    public static Browse of(List<Document> documents) {
        return of(documents, documents);
    }

    /**
     * @param documents one version per symbol, by date then symbol (the order pages list them in)
     * @param versions  every version, in the same order: the language facet lists each language's own
     */
    public static Browse of(List<Document> documents, List<Document> versions) {
        Map<Facet, List<FacetValue>> all = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            Map<String, String> labels = new LinkedHashMap<>();
            Map<String, List<Document>> docs = new TreeMap<>();
            for (Document d : f == Facet.LANGUAGE ? versions : documents) {
                for (String label : f.labels(d)) {
                    String slug = Facet.slugOf(label);
                    labels.putIfAbsent(slug, label);
                    List<Document> l = docs.computeIfAbsent(slug, k -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != d) {
                        l.add(d);
                    }
                }
            }
            List<FacetValue> list = new ArrayList<>();
            docs.forEach((slug, l) -> list.add(new FacetValue(f, labels.get(slug), slug, List.copyOf(l))));
            list.sort(order(f));
            all.put(f, List.copyOf(list));
        }
        return new Browse(all);
    }

    /** Years newest first; organs and types by size; subjects alphabetically. */
    private static Comparator<FacetValue> order(Facet f) {
        return switch (f) {
            case YEAR -> Comparator.comparing(FacetValue::label).reversed();
            case ORGAN, TYPE -> Comparator.comparingInt((FacetValue v) -> -v.documents().size())
                    .thenComparing(FacetValue::label);
            case SUBJECT -> Comparator.comparing(FacetValue::label, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(FacetValue::slug);
            // The UN's order: Arabic, Chinese, English, French, Russian, Spanish.
            case LANGUAGE -> Comparator.comparingInt(v -> Language.ofCode(v.label()).map(Enum::ordinal).orElse(99));
        };
    }

    public List<FacetValue> values(Facet f) {
        return values.get(f);
    }
}
