package org.masthead.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Completions of the word being typed: for each three-character start of a word term, its
 * {@link #TERMS} most frequent terms. Terms arrive one at a time, in any order, and only the best
 * of each start are kept, so the vocabulary is never held whole.
 */
final class Prefixes {
    /** Enough to complete a word being typed. */
    static final int TERMS = 64;
    /** Most frequent first; equally frequent in term order, so the lists are the same in any arrival order. */
    private static final Comparator<Map.Entry<String, Integer>> BEST = Comparator
            .<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey);

    private final Map<String, PriorityQueue<Map.Entry<String, Integer>>> byKey = new HashMap<>();

    void offer(String term, int count) {
        String key = key(term);
        if (key.isEmpty()) {
            return;
        }
        // The worst at the head, to be dropped when a better one comes.
        PriorityQueue<Map.Entry<String, Integer>> q = byKey.computeIfAbsent(key, k -> new PriorityQueue<>(BEST.reversed()));
        q.add(Map.entry(term, count));
        if (q.size() > TERMS) {
            q.poll();
        }
    }

    /** For each start, its terms, most frequent first, in order of the starts. */
    TreeMap<String, List<String>> lists() {
        TreeMap<String, List<String>> out = new TreeMap<>();
        byKey.forEach((key, q) -> {
            List<Map.Entry<String, Integer>> best = new ArrayList<>(q);
            best.sort(BEST);
            out.put(key, best.stream().map(Map.Entry::getKey).toList());
        });
        return out;
    }

    /** The first three code points of a word term that is not Chinese (bigrams need no completion), or "" for none. */
    static String key(String term) {
        if (term.indexOf('/') >= 0 || term.codePointCount(0, term.length()) < 3
                || Analyzer.isHan(term.codePointAt(0))) {
            return "";
        }
        return term.substring(0, term.offsetByCodePoints(0, 3));
    }
}
