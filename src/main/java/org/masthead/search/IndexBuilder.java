package org.masthead.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the terms of documents given in id order (oldest first): their lengths, and their
 * postings through a {@link PostingsSpill}, so memory stays flat however many documents come.
 * Knows nothing of files; {@link SearchIndex} lays the result out.
 */
final class IndexBuilder {
    private final PostingsSpill spill;
    private int[] lengths = new int[1024];
    private int size;

    /** The postings, term lengths and completions of every document added. */
    record Built(MergedPostings postings, int[] lengths, double averageLength, Prefixes prefixes) {
    }

    /** A document's terms with their counts and flags: the costly part, which may run on any thread. */
    record Analysed(Map<String, int[]> terms, int length) {
    }

    IndexBuilder(long spillBudget, int bigBytes) {
        this.spill = new PostingsSpill(spillBudget, bigBytes);
    }

    static Analysed analyse(SearchDoc doc, String text) {
        List<String> headTerms = Analyzer.terms(doc.head());
        Set<String> head = new HashSet<>(headTerms);
        Set<String> own = new HashSet<>(Analyzer.symbols(Analyzer.normalize(doc.symbol())));
        Map<String, int[]> tf = new HashMap<>();
        List<String> textTerms = Analyzer.terms(text);
        for (List<String> terms : List.of(headTerms, textTerms)) {
            for (String t : terms) {
                int[] c = tf.get(t);
                if (c == null) {
                    c = new int[] {0, (head.contains(t) ? Postings.HEAD : 0) | (own.contains(t) ? Postings.OWN_SYMBOL : 0)};
                    tf.put(t, c);
                }
                c[0]++;
            }
        }
        return new Analysed(tf, headTerms.size() + textTerms.size());
    }

    /** Adds the next document; ids are given in order from 0. */
    void add(Analysed a) {
        if (size == lengths.length) {
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        spill.add(size, a.terms());
        lengths[size++] = a.length();
    }

    int size() {
        return size;
    }

    /** Joins the spilled postings; this builder is done. */
    Built finish() {
        Prefixes prefixes = new Prefixes();
        MergedPostings merged = spill.merge(prefixes::offer);
        int[] docLengths = Arrays.copyOf(lengths, size);
        long sum = 0;
        for (int l : docLengths) {
            sum += l;
        }
        double average = size == 0 ? 1 : Math.max(1, sum / (double) size);
        return new Built(merged, docLengths, average, prefixes);
    }

    int runs() {
        return spill.runs();
    }
}
