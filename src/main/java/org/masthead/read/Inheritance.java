package org.masthead.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Document;
import org.masthead.model.Field;
import org.masthead.model.Symbol;

/**
 * Language versions of one document share what belongs to the document: each version takes
 * the {@link Field.Inheritance#INHERITED} fields it does not state from the versions that do
 * (else the main version's default, so that every version shows the same type and organ), the
 * {@link Field.Inheritance#VERSION} fields it does not state likewise (a translation that leaves
 * out its signatories shows the original's rather than none), and
 * the {@link Field.Inheritance#MERGED} ones from all of them. Two versions that state different
 * values are a warning naming both files and keys; a required field no version states is an
 * error. Runs once every file is read: it needs all the versions.
 */
final class Inheritance {
    /** Required fields a version may leave to another, with an example line. */
    private static final Map<Field, String> REQUIRED = Map.of(Field.DATE, "date: 2014-09-12",
            Field.DISTRIBUTION, "distribution: General");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("(\\.[a-z]{2})?\\.(md|txt)$");

    private Inheritance() {
    }

    /**
     * A language version without a {@code symbol} takes it from the file beside it of the same
     * name without the language ({@code 660.fr.md} from {@code 660.md}), which states one.
     */
    static List<Document> symbols(List<Document> docs) {
        if (docs.stream().allMatch(d -> d.stated().contains(Field.SYMBOL))) {
            return docs;
        }
        Map<String, Symbol> stated = new HashMap<>();
        for (Document d : docs) {
            if (d.stated().contains(Field.SYMBOL)) {
                stated.putIfAbsent(stem(d.source()), d.symbol());
            }
        }
        List<Document> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            Optional<Symbol> beside = d.stated().contains(Field.SYMBOL) ? Optional.empty()
                    : Optional.ofNullable(stated.get(stem(d.source())));
            out.add(beside.filter(s -> !s.equals(d.symbol())).map(s -> d.with(Field.SYMBOL, s)).orElse(d));
        }
        return out;
    }

    /** Every document with what it inherits, in the order given; those still missing a required field are left out. */
    static List<Document> apply(List<Document> docs, Diagnostics diagnostics) {
        Map<Symbol, List<Document>> bySymbol = new HashMap<>(docs.size() * 2);
        for (Document d : docs) {
            bySymbol.computeIfAbsent(d.symbol(), k -> new ArrayList<>(1)).add(d);
        }
        // By identity: a record's own hash would walk every field of every document.
        Map<Document, Document> resolved = new IdentityHashMap<>();
        for (List<Document> versions : bySymbol.values()) {
            if (versions.size() > 1) {
                versions.sort(Document.MAIN_FIRST);
                inherit(versions, diagnostics, resolved);
            }
        }
        List<Document> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            Document r = resolved.getOrDefault(d, d);
            if (complete(r, bySymbol.get(d.symbol()), diagnostics)) {
                out.add(r);
            }
        }
        return out;
    }

    /** @param versions the main version (English when there is one) first */
    private static void inherit(List<Document> versions, Diagnostics diagnostics, Map<Document, Document> resolved) {
        Map<Path, Map<String, FrontMatterReader.Entry>> keys = new HashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            Document v = versions.get(i);
            Document r = v;
            for (Field f : Field.values()) {
                if (f.inheritance() == Field.Inheritance.MERGED) {
                    r = r.with(f, merged(f, v, versions));
                } else if (f.inheritance() != Field.Inheritance.OWN && f != Field.SYMBOL) {
                    if (v.stated().contains(f)) {
                        if (f.inheritance() == Field.Inheritance.INHERITED) {
                            conflicts(f, i, versions, keys, diagnostics);
                        }
                    } else {
                        Document from = versions.stream().filter(w -> w.stated().contains(f)).findFirst()
                                .orElse(versions.get(0));
                        r = from == v ? r : r.with(f, f.of(from));
                    }
                }
            }
            resolved.put(v, r);
        }
    }

    /** A version's own values first, then the others', each once; a document never cites itself. */
    @SuppressWarnings("unchecked")
    private static List<Object> merged(Field f, Document v, List<Document> versions) {
        Set<Object> all = new LinkedHashSet<>((List<Object>) f.of(v));
        for (Document w : versions) {
            all.addAll((List<Object>) f.of(w));
        }
        all.remove(v.symbol());
        return List.copyOf(all);
    }

    /** Warns, on version i, of each earlier version that states the field with another value. */
    private static void conflicts(Field f, int i, List<Document> versions, Map<Path, Map<String, FrontMatterReader.Entry>> keys,
                                  Diagnostics diagnostics) {
        Document v = versions.get(i);
        for (int j = 0; j < i; j++) {
            Document w = versions.get(j);
            if (w.stated().contains(f) && !Objects.equals(f.of(w), f.of(v))) {
                Optional<FrontMatterReader.Entry> here = key(v.source(), f, keys);
                Optional<FrontMatterReader.Entry> there = key(w.source(), f, keys);
                diagnostics.warning(v.source(), here.map(FrontMatterReader.Entry::line).orElse(1),
                        here.map(FrontMatterReader.Entry::column).orElse(1), "'" + f.key() + "' is " + f.of(v)
                                + " here but " + f.of(w) + " in " + w.source() + ":" + there.map(e -> e.line() + ":"
                                + e.column()).orElse("1") + " (the " + w.language().englishName()
                                + " version); a field of the document is the same in every language version",
                        "correct the wrong one, or leave '" + f.key() + "' out of this file to inherit it");
            }
        }
    }

    /** Whether one of a document's versions states every required field, reporting each one none states. */
    private static boolean complete(Document d, List<Document> versions, Diagnostics diagnostics) {
        boolean ok = true;
        for (Field f : Field.values()) {
            if (REQUIRED.containsKey(f) && versions.stream().noneMatch(v -> v.stated().contains(f))) {
                diagnostics.error(d.source(), 2, "missing required key '" + f.key() + "'", "add a line such as '"
                        + REQUIRED.get(f) + "'" + (versions.size() > 1 ? " here or in another language version of " + d.symbol()
                        : ""));
                ok = false;
            }
        }
        return ok;
    }

    private static String stem(Path source) {
        return VERSION_SUFFIX.matcher(source.toString()).replaceFirst("");
    }

    /** The entry of a key in a file's front matter, read again only to point a warning at it (rare). */
    private static Optional<FrontMatterReader.Entry> key(Path file, Field f, Map<Path, Map<String, FrontMatterReader.Entry>> cache) {
        Map<String, FrontMatterReader.Entry> entries = cache.computeIfAbsent(file, p -> {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                return SplitFile.of(text).flatMap(s -> new FrontMatterReader().read(s.frontMatter(), p, 2,
                        new Diagnostics())).orElse(Map.of());
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
        });
        return Optional.ofNullable(entries.get(f.key()));
    }
}
