package org.masthead.link;

import org.masthead.model.Symbol;

/** A reference found in text: the symbol it means and where it stands ({@code start} inclusive, {@code end} exclusive). */
public record Reference(Symbol symbol, int start, int end) {
}
