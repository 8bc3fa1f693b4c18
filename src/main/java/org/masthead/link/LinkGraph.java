package org.masthead.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.masthead.model.Document;
import org.masthead.model.Field;
import org.masthead.model.Language;
import org.masthead.model.Symbol;

/**
 * Who cites whom in the archive: for each symbol, its language versions, the held documents
 * that cite it, and the other members of its family ({@code /Rev.}, {@code /Add.}, ... beside
 * their base document). Built once from every document's metadata; immutable afterwards.
 */
public final class LinkGraph {

    /** Newest first would vary with edits; date then symbol is stable and reads like a docket. */
    public static final Comparator<Document> BY_DATE_THEN_SYMBOL = (a, b) -> {
        // Written out rather than composed: it runs a million times in a big build's sorts.
        int c = a.date().compareTo(b.date());
        if (c == 0) {
            c = a.symbol().compareTo(b.symbol());
        }
        return c != 0 ? c : Integer.compare(a.language().ordinal(), b.language().ordinal());
    };

    private final Map<Symbol, List<Document>> versions;
    private final Map<Symbol, List<Symbol>> citedBy;
    private final Map<Symbol, List<Symbol>> families;
    private final List<Document> primaries;
    private final List<Document> all;

    private LinkGraph(Map<Symbol, List<Document>> versions, Map<Symbol, List<Symbol>> citedBy,
                      Map<Symbol, List<Symbol>> families, List<Document> primaries, List<Document> all) {
        this.all = all;
        this.versions = versions;
        this.citedBy = citedBy;
        this.families = families;
        this.primaries = primaries;
    }

    /** @param documents every document of the archive, with no two of the same symbol and language */
    public static LinkGraph of(List<Document> documents) {
        Map<Symbol, List<Document>> versions = new HashMap<>();
        for (Document d : documents) {
            versions.computeIfAbsent(d.symbol(), k -> new ArrayList<>()).add(d);
        }
        for (List<Document> l : versions.values()) {
            if (l.size() > 1) {
                l.sort(Comparator.comparing(Document::language));
            }
        }

        List<Document> primaries = new ArrayList<>(versions.size());
        for (List<Document> l : versions.values()) {
            primaries.add(primaryOf(l));
        }
        primaries.sort(BY_DATE_THEN_SYMBOL);

        Map<Symbol, Set<Symbol>> citing = new HashMap<>();
        for (Document d : primaries) {
            for (Document v : versions.get(d.symbol())) {
                for (Symbol r : v.references()) {
                    if (versions.containsKey(r) && !r.equals(d.symbol())) {
                        citing.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(d.symbol());
                    }
                }
            }
        }
        Map<Symbol, List<Symbol>> citedBy = new HashMap<>();
        citing.forEach((k, v) -> citedBy.put(k, List.copyOf(v)));

        Map<Symbol, List<Symbol>> families = new HashMap<>();
        for (Symbol s : versions.keySet()) {
            families.computeIfAbsent(s.familyBase(), k -> new ArrayList<>()).add(s);
        }
        families.replaceAll((k, v) -> {
            if (v.size() > 1) {
                v.sort(null);
            }
            return Collections.unmodifiableList(v);
        });
        return new LinkGraph(Collections.unmodifiableMap(versions), citedBy, families, List.copyOf(primaries),
                List.copyOf(documents));
    }

    private static Document primaryOf(List<Document> versions) {
        for (Document d : versions) {
            if (d.language() == Language.EN) {
                return d;
            }
        }
        return versions.get(0);
    }

    public boolean holds(Symbol s) {
        return versions.containsKey(s);
    }

    /** The version a link to the symbol opens: English when the archive has it. */
    public Optional<Document> primary(Symbol s) {
        return Optional.ofNullable(versions.get(s)).map(LinkGraph::primaryOf);
    }

    public boolean isPrimary(Document d) {
        List<Document> l = versions.get(d.symbol());
        return l != null && primaryOf(l) == d;
    }

    /** Every version of every document, in the order given. */
    public List<Document> all() {
        return all;
    }

    /** One document per symbol (its primary version), by date then symbol. */
    public List<Document> primaries() {
        return primaries;
    }

    public List<Document> versions(Symbol s) {
        return versions.getOrDefault(s, List.of());
    }

    /**
     * The version whose own file gave a version the value it shows of an inherited field: itself
     * when it states it, else the one inheritance took it from; none when no version states it.
     */
    public Optional<Document> statedBy(Document d, Field f) {
        if (d.stated().contains(f)) {
            return Optional.of(d);
        }
        return versions(d.symbol()).stream().filter(v -> v.stated().contains(f)).min(Document.MAIN_FIRST);
    }

    /** Held documents citing this one, in date order of the citing documents. */
    public List<Symbol> citedBy(Symbol s) {
        return citedBy.getOrDefault(s, List.of());
    }

    /** Held members of the symbol's family other than itself, the base document first. */
    public List<Symbol> family(Symbol s) {
        List<Symbol> all = families.getOrDefault(s.familyBase(), List.of());
        return all.stream().filter(x -> !x.equals(s)).toList();
    }

    public int size() {
        return versions.size();
    }
}
