package org.masthead.link.internal;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;

import org.masthead.link.Chars;
import org.masthead.link.Reference;
import org.masthead.link.ReferenceFinder;

/**
 * Replaces references in text with {@link UnSymbolNode}s. Works on runs of adjacent
 * {@code Text} and {@code SoftLineBreak} nodes rather than on single {@code Text} nodes, because a
 * reference broken across a line ({@code resolution 1645} / {@code (2005)}) spans three nodes.
 * Links, code and raw HTML are left alone: only plain text and emphasis are searched.
 */
public final class UnSymbolPostProcessor extends NodePostProcessor {
    private final ReferenceFinder finder;

    UnSymbolPostProcessor(ReferenceFinder finder) {
        this.finder = finder;
    }

    @Override
    public void process(NodeTracker state, Node node) {
        processChildren(state, node);
    }

    private void processChildren(NodeTracker state, Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            if (child instanceof Text || child instanceof SoftLineBreak) {
                List<Node> run = new ArrayList<>();
                Node n = child;
                while (n != null && (n instanceof Text || n instanceof SoftLineBreak)
                        && (run.isEmpty() || run.get(run.size() - 1).getEndOffset() == n.getStartOffset())) {
                    run.add(n);
                    n = n.getNext();
                }
                replaceRun(state, run);
                child = n;
            } else {
                if (child instanceof Emphasis || child instanceof StrongEmphasis) {
                    processChildren(state, child);
                }
                child = child.getNext();
            }
        }
    }

    private void replaceRun(NodeTracker state, List<Node> run) {
        Node first = run.get(0);
        Node last = run.get(run.size() - 1);
        BasedSequence chars = first.getChars().baseSubSequence(first.getStartOffset(), last.getEndOffset());
        // A String, not the BasedSequence: the finder's patterns read every character, and String.charAt is far cheaper.
        List<Reference> refs = finder.find(Chars.string(chars));
        if (refs.isEmpty()) {
            return;
        }
        List<Node> replacement = new ArrayList<>();
        int pos = 0;
        for (Reference r : refs) {
            if (r.start() == r.end()) {
                // A part named only by a range ("Add.1-3" names Add.2): cited, but no text of its own to link.
                continue;
            }
            if (r.start() > pos) {
                replacement.add(new Text(chars.subSequence(pos, r.start())));
            }
            replacement.add(new UnSymbolNode(chars.subSequence(r.start(), r.end()), r.symbol()));
            pos = r.end();
        }
        if (pos < chars.length()) {
            replacement.add(new Text(chars.subSequence(pos)));
        }
        for (Node n : replacement) {
            first.insertBefore(n);
            state.nodeAdded(n);
        }
        for (Node n : run) {
            n.unlink();
            state.nodeRemoved(n);
        }
    }

    /** Registers the processor for the blocks whose inline text may hold references. */
    public static final class Factory extends NodePostProcessorFactory {
        private final ReferenceFinder finder;

        public Factory(ReferenceFinder finder) {
            super(false);
            this.finder = finder;
            addNodes(Paragraph.class, Heading.class, TableCell.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new UnSymbolPostProcessor(finder);
        }
    }

}
