package org.masthead.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The English words a broken word may be mended into: SCOWL's British English list as Debian
 * packages it ({@code wbritish} 2020.12.07-2, {@code /usr/share/dict/british-english}; licence in
 * {@code words-en-GB.COPYRIGHT.txt} beside it), since UN English follows Oxford spelling, with
 * each word's case as listed (names are capitalised). Single
 * letters other than "a" and "I" are not words here: the list has them as letters, and a letter
 * left alone by the PDF's justification ("resolutio n") is exactly what must be mended.
 */
final class Dictionary {

    private static final String RESOURCE = "words-en-GB.txt.gz";

    /** Loaded on first use, once per JVM: about 100,000 words, read in some 50 ms. */
    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private Dictionary() {
    }

    static boolean contains(String word) {
        if (word.length() == 1) {
            return word.equals("a") || word.equals("I");
        }
        // "ann" is no word, though the list has the name "Ann": a word in lower case must be listed so;
        // a capitalised one ("Annex" at a sentence's start) may be listed in either case.
        if (Holder.WORDS.contains(word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && Holder.WORDS.contains(lower);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(200_000);
        try (InputStream in = Dictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.indexOf('\'') < 0) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
