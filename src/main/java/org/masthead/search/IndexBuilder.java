package org.masthead.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the terms of documents given in id order (oldest first) and turns them into the
 * index's parts: term postings with BM25 impacts, prefix lists for the word being typed, and
 * facet columns. Knows nothing of files; {@link SearchIndex} lays the parts out.
 */
final class IndexBuilder {
    /** Prefix lists keep this many terms, the most frequent: enough to complete a word being typed. */
    static final int PREFIX_TERMS = 64;

    private final Map<String, TermPostings> terms = new HashMap<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final List<SearchDoc> facetsOf = new ArrayList<>();

    /** A document's terms with their counts and flags: the costly part, which may run on any thread. */
    record Analysed(SearchDoc doc, Map<String, int[]> terms, int length) {
    }

    static Analysed analyse(SearchDoc doc) {
        Set<String> head = new HashSet<>(Analyzer.terms(doc.head()));
        Set<String> own = new HashSet<>(Analyzer.symbols(Analyzer.normalize(doc.symbol())));
        Map<String, int[]> tf = new HashMap<>();
        int length = 0;
        for (String source : new String[] {doc.head(), doc.text()}) {
            for (String t : Analyzer.terms(source)) {
                tf.computeIfAbsent(t, k -> new int[] {0, (head.contains(k) ? Postings.HEAD : 0)
                        | (own.contains(k) ? Postings.OWN_SYMBOL : 0)})[0]++;
                length++;
            }
        }
        return new Analysed(doc, tf, length);
    }

    /** Adds the next document; ids are given in order from 0. */
    void add(Analysed a) {
        int id = lengths.size();
        SearchDoc doc = a.doc();
        a.terms().forEach((t, c) -> terms.computeIfAbsent(t, k -> new TermPostings()).add(id, c[0], c[1]));
        lengths.add(a.length());
        // Only what the facets need: the text itself is not kept.
        facetsOf.add(new SearchDoc(doc.symbol(), "", doc.date(), doc.organ(), doc.type(), doc.language(),
                doc.subjects(), "", ""));
    }

    int size() {
        return lengths.size();
    }

    /** Every term with its encoded postings, sorted by term. */
    TreeMap<String, String> postings() {
        int[] docLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        double average = docLengths.length == 0 ? 1 : Math.max(1, lengths.stream().mapToLong(i -> i).sum()
                / (double) docLengths.length);
        TreeMap<String, String> out = new TreeMap<>();
        terms.forEach((t, p) -> out.put(t, p.encode(docLengths, average)));
        return out;
    }

    /** For each three-character start of a word term, its most frequent terms, most frequent first. */
    TreeMap<String, List<String>> prefixes() {
        Map<String, List<String>> byKey = new HashMap<>();
        for (String t : terms.keySet()) {
            String key = prefixKey(t);
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        TreeMap<String, List<String>> out = new TreeMap<>();
        byKey.forEach((key, list) -> {
            list.sort((a, b) -> {
                int c = Integer.compare(terms.get(b).count(), terms.get(a).count());
                return c != 0 ? c : a.compareTo(b);
            });
            out.put(key, List.copyOf(list.subList(0, Math.min(PREFIX_TERMS, list.size()))));
        });
        return out;
    }

    /** The first three code points of a word term that is not Chinese (bigrams need no completion), or null. */
    static String prefixKey(String term) {
        if (term.indexOf('/') >= 0 || term.codePointCount(0, term.length()) < 3
                || Analyzer.isHan(term.codePointAt(0))) {
            return null;
        }
        return term.substring(0, term.offsetByCodePoints(0, 3));
    }

    Facets facets() {
        return Facets.of(facetsOf);
    }
}
