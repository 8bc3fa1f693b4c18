package org.masthead.link.internal;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.masthead.model.Symbol;

/** An inline reference to a UN document: its source text and the symbol it resolves to. */
public final class UnSymbolNode extends Node implements DoNotDecorate {
    private final Symbol symbol;

    public UnSymbolNode(BasedSequence chars, Symbol symbol) {
        super(chars);
        this.symbol = symbol;
    }

    public Symbol symbol() {
        return symbol;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
