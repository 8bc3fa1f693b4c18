package org.masthead.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The filters' data. Organ, type and language are columns, one character a document (the
 * value's place in its sorted list), so the browser filters and counts any set of results
 * without a posting list per value; ids follow the date, so a year is a range of ids; subjects,
 * several a document, are posting lists, one file each, loaded only when a subject is filtered on
 * or the reader asks for the subjects' counts (at 100,000 documents they are 120 KB gzipped
 * together, more than the rest of a query).
 */
record Facets(Map<String, Object> meta, Map<String, Object> data, List<String> subjects) {
    /** Values past this many in one facet share the last character (the facet shows them as one). */
    static final int MAX_VALUES = 64;
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    static Facets of(List<SearchDoc> docs) {
        Map<String, Object> meta = new LinkedHashMap<>();
        Map<String, Object> data = new LinkedHashMap<>();
        column("organ", docs, SearchDoc::organ, meta, data);
        column("type", docs, SearchDoc::type, meta, data);
        column("lang", docs, SearchDoc::language, meta, data);
        TreeMap<String, int[]> years = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            int id = i;
            years.compute(Integer.toString(docs.get(i).date().getYear()), (k, r) -> r == null
                    ? new int[] {id, id + 1} : new int[] {r[0], id + 1});
        }
        meta.put("year", years);
        TreeMap<String, StringBuilder> subjects = new TreeMap<>();
        TreeMap<String, int[]> last = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (String s : new TreeSet<>(docs.get(i).subjects())) {
                int[] prev = last.computeIfAbsent(s, k -> new int[] {-1});
                Postings.number(subjects.computeIfAbsent(s, k -> new StringBuilder()), i - prev[0] - 1);
                prev[0] = i;
            }
        }
        meta.put("subject", new ArrayList<>(subjects.keySet()));
        List<String> lists = new ArrayList<>();
        subjects.values().forEach(sb -> lists.add(sb.toString()));
        return new Facets(meta, data, lists);
    }

    private static void column(String name, List<SearchDoc> docs, Function<SearchDoc, String> value,
                               Map<String, Object> meta, Map<String, Object> data) {
        List<String> values = new ArrayList<>(new TreeSet<>(docs.stream().map(value).toList()));
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), Math.min(i, MAX_VALUES - 1));
        }
        if (values.size() > MAX_VALUES) {
            values = new ArrayList<>(values.subList(0, MAX_VALUES - 1));
            values.add("Other");
        }
        StringBuilder col = new StringBuilder(docs.size());
        for (SearchDoc d : docs) {
            col.append(DIGITS.charAt(index.get(value.apply(d))));
        }
        meta.put(name, values);
        data.put(name, col.toString());
    }
}
