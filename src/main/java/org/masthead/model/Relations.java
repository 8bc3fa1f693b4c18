package org.masthead.model;

import java.util.List;

/**
 * How the document stands among others: its other symbols, what it cites, its subjects and
 * its annexes.
 *
 * @param references symbols the document cites (found in the text plus front-matter
 *                   {@code references}), in order of first appearance, without duplicates
 */
public record Relations(List<Symbol> also, List<Symbol> references, List<String> subjects, List<Annex> annexes) {
    public Relations {
        also = List.copyOf(also);
        references = List.copyOf(references);
        subjects = List.copyOf(subjects);
        annexes = List.copyOf(annexes);
    }
}
