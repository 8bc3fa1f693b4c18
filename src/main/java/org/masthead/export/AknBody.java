package org.masthead.export;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.masthead.link.Reference;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Symbol;

/**
 * A body's blocks as AKN: numbered paragraphs (a Markdown ordered list, as "1. Affirms ..."
 * is) become {@code <paragraph>} with their {@code <num>}, other text {@code <p>}, lists
 * {@code <ul>}/{@code <ol>}, tables {@code <table>}, quotes {@code <blockContainer>}; a heading
 * starts an {@code <hcontainer>}; every symbol found in the text is a {@code <ref>}. Only the
 * text is kept: emphasis and links are the page's business.
 */
final class AknBody {
    static final Pattern ANNEX = Pattern.compile("(?i)^(annex|enclosure|appendix|attachment)\\b.*");
    /** "Preamble" in the six official languages. */
    private static final Pattern PREAMBLE = Pattern.compile("(?iu)^(preamble|préambule|preámbulo|преамбула|序言|الديباجة)$");

    private final ReferenceFinder finder;
    private final Function<Symbol, String> href;
    private final XmlOut out;
    /** The prefix of every eId written, so that ids stay unique across the annexes of one file. */
    private final String prefix;
    /** Each block's text, made once: whether a block writes anything and what it writes are the same text. */
    private final Map<Node, String> texts = new IdentityHashMap<>();
    private int paragraphs;
    private int containers;
    private int tables;

    AknBody(ReferenceFinder finder, Function<Symbol, String> href, XmlOut out, String prefix) {
        this.finder = finder;
        this.href = href;
        this.out = out;
        this.prefix = prefix;
    }

    /** One part of a body: the blocks before the first annex heading, or one annex with its heading. */
    record Part(String heading, List<Node> blocks) {
    }

    /** Splits the top-level blocks at annex headings: the main part first (its heading empty), then each annex. */
    static List<Part> parts(Node document) {
        List<Part> parts = new ArrayList<>();
        String heading = "";
        List<Node> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && ANNEX.matcher(AknText.of(h)).matches()) {
                parts.add(new Part(heading, blocks));
                heading = AknText.of(h);
                blocks = new ArrayList<>();
            } else {
                blocks.add(n);
            }
        }
        parts.add(new Part(heading, blocks));
        return parts;
    }

    /**
     * The preamble of a resolution: the text before its first numbered paragraph ("The
     * Security Council, Recalling ..."), or the section headed "Preamble". Empty when there is none.
     */
    static List<Node> preamble(List<Node> blocks) {
        if (!blocks.isEmpty() && blocks.get(0) instanceof Heading h && PREAMBLE.matcher(AknText.of(h)).matches()) {
            List<Node> out = new ArrayList<>();
            for (Node n : blocks.subList(1, blocks.size())) {
                if (n instanceof Heading) {
                    break;
                }
                out.add(n);
            }
            return out;
        }
        int first = 0;
        while (first < blocks.size() && !(blocks.get(first) instanceof OrderedList) && !(blocks.get(first) instanceof Heading)) {
            first++;
        }
        return first < blocks.size() && blocks.get(first) instanceof OrderedList ? blocks.subList(0, first) : List.of();
    }

    /** The blocks of a preamble or another part that holds text only. */
    void blocks(List<Node> blocks) {
        for (Node n : blocks) {
            block(n);
        }
    }

    /** A main body: numbered paragraphs, text and headed sections; at least one element, as AKN wants. */
    void mainBody(List<Node> blocks) {
        if (!anyWrites(blocks)) {
            out.empty("p");
            return;
        }
        int i = 0;
        while (i < blocks.size() && !(blocks.get(i) instanceof Heading)) {
            hierarchyOrBlock(blocks.get(i++));
        }
        while (i < blocks.size()) {
            Heading h = (Heading) blocks.get(i++);
            List<Node> section = new ArrayList<>();
            while (i < blocks.size() && !(blocks.get(i) instanceof Heading)) {
                section.add(blocks.get(i++));
            }
            section(h, section);
        }
    }

    /** A loop, not a stream: a stream's set-up cost more than the look, block by block, in every file. */
    private boolean anyWrites(List<Node> blocks) {
        for (Node n : blocks) {
            if (writes(n)) {
                return true;
            }
        }
        return false;
    }

    private boolean writes(Node n) {
        return !(n instanceof ThematicBreak) && !textOf(n).isEmpty();
    }

    private String textOf(Node n) {
        return texts.computeIfAbsent(n, AknText::of);
    }

    /** A headed section: its text in {@code <content>}, or, when it has numbered paragraphs, as paragraphs. */
    private void section(Heading h, List<Node> blocks) {
        out.open("hcontainer", "eId", prefix + "hcontainer_" + (++containers), "name", "section");
        out.leaf("heading", textOf(h));
        if (blocks.stream().anyMatch(OrderedList.class::isInstance)) {
            for (Node n : blocks) {
                if (n instanceof OrderedList list) {
                    numbered(list);
                } else if (writes(n)) {
                    out.open("paragraph", "eId", prefix + "para_" + (++paragraphs));
                    out.open("content");
                    block(n);
                    out.close("content").close("paragraph");
                }
            }
        } else {
            out.open("content");
            if (!anyWrites(blocks)) {
                out.empty("p");
            }
            blocks(blocks);
            out.close("content");
        }
        out.close("hcontainer");
    }

    private void hierarchyOrBlock(Node n) {
        if (n instanceof OrderedList list) {
            numbered(list);
        } else {
            block(n);
        }
    }

    /** Each item of an ordered list is a numbered paragraph: "1." as its {@code <num>}. */
    private void numbered(OrderedList list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof OrderedListItem li) {
                out.open("paragraph", "eId", prefix + "para_" + (++paragraphs));
                out.leaf("num", li.getOpeningMarker().toString());
                out.open("content");
                List<Node> children = AknText.children(li);
                if (!anyWrites(children)) {
                    out.empty("p");
                }
                blocks(children);
                out.close("content").close("paragraph");
            }
        }
    }

    private void block(Node n) {
        if (n instanceof ThematicBreak || !writes(n)) {
            return;
        }
        if (n instanceof Heading h) {
            out.start("p", "class", "heading").text(textOf(h)).end("p");
        } else if (n instanceof ListBlock list) {
            list(list);
        } else if (n instanceof TableBlock table) {
            table(table);
        } else if (n instanceof BlockQuote quote) {
            out.open("blockContainer", "eId", prefix + "blockContainer_" + (++containers), "class", "quote");
            blocks(AknText.children(quote));
            out.close("blockContainer");
        } else {
            paragraph(textOf(n));
        }
    }

    private void list(ListBlock list) {
        String tag = list instanceof BulletList ? "ul" : "ol";
        out.open(tag);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem li) {
                out.open("li");
                for (Node c : AknText.children(li)) {
                    if (c instanceof ListBlock inner) {
                        list(inner);
                    } else if (writes(c)) {
                        paragraph(textOf(c));
                    }
                }
                out.close("li");
            }
        }
        out.close(tag);
    }

    private void table(TableBlock table) {
        out.open("table", "eId", prefix + "table_" + (++tables));
        for (Node row : AknText.descendants(table, TableRow.class)) {
            out.open("tr");
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell c) {
                    String tag = c.isHeader() ? "th" : "td";
                    out.open(tag);
                    paragraph(textOf(c));
                    out.close(tag);
                }
            }
            out.close("tr");
        }
        out.close("table");
    }

    /** A {@code <p>} with every symbol it cites as a {@code <ref>}. */
    private void paragraph(String text) {
        out.start("p");
        int at = 0;
        for (Reference r : finder.find(text)) {
            out.text(text, at, r.start());
            out.inline("ref", text.substring(r.start(), r.end()), "href", href.apply(r.symbol()));
            at = r.end();
        }
        out.text(text, at, text.length()).end("p");
    }
}
