package org.masthead.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.LineAppendable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.masthead.link.ReferenceFinder;
import org.masthead.link.UnSymbolExtension;

/**
 * Markdown to HTML for document bodies: one flexmark parser and renderer for the whole build
 * (both are thread-safe), with tables, footnotes, heading ids and the symbol extension. Raw
 * HTML is escaped and script links lose their address: the archive holds documents, not scripts.
 */
public final class MarkdownRenderer {

    /**
     * An annex heading in any of the six languages: the English kinds, and each language's own word
     * for an annex as its versions print it ("Annexe", "Приложение", "附件"), which is anchored as
     * {@code #annex} so every version's annexes have the same addresses.
     */
    private static final Pattern ANNEX = Pattern.compile("(?iu)^(annex|enclosure|appendix|attachment|"
            + PrintedWords.builtin().forms("annex").stream().filter(w -> !w.equalsIgnoreCase("annex"))
            .map(MarkdownRenderer::annexWord).reduce((a, b) -> a + "|" + b).orElse("annex")
            + ")(?![\\p{IsLatin}\\p{IsCyrillic}\\p{IsArabic}]).*");
    private static final List<String> ENGLISH_KINDS = List.of("annex", "enclosure", "appendix", "attachment");
    /** "(Signed)" as each language's versions print it, lower case, full-width brackets as ASCII. */
    private static final List<String> SIGNED = PrintedWords.builtin().forms("signed").stream()
            .map(MarkdownRenderer::folded).toList();
    private static final Pattern UNSAFE_URL = Pattern.compile("(?i)^[\\s\\x00-\\x1f]*(javascript|vbscript|data):.*");

    /** One annex heading of a body: its anchor id and its text. */
    public record AnnexHeading(String id, String text) {
    }

    /** A rendered body and the annex headings found in it, in order. */
    public record Body(String html, List<AnnexHeading> annexes) {
    }

    /** A parsed body: what the page is rendered from, and what the Akoma Ntoso file of the document walks. */
    public record Parsed(Document document) {
    }

    private final ReferenceFinder finder;
    private final Parser parser;
    /** The same parser without the tables extension, which compiles a pattern for every document it parses. */
    private final Parser parserWithoutTables;
    private final HtmlRenderer renderer;
    private final MutableDataSet options;

    public MarkdownRenderer(ReferenceFinder finder) {
        this.finder = finder;
        Extension footnotes = FootnoteExtension.create();
        Extension symbols = UnSymbolExtension.create(finder);
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), footnotes, symbols));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        // No reformatting of the output line by line: flexmark's default looks at every character
        // it writes, which cost as much as parsing; the only difference is where one newline falls.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        options.set(TablesExtension.CLASS_NAME, "table");
        parser = Parser.builder(options).build();
        MutableDataSet noTables = new MutableDataSet(options);
        noTables.set(Parser.EXTENSIONS, List.of(footnotes, symbols));
        parserWithoutTables = Parser.builder(noTables).build();
        renderer = HtmlRenderer.builder(options).attributeProviderFactory(new SafeAttributes())
                .nodeRendererFactory(o -> new PlainTextRenderer()).build();
    }

    /** The reference finder the body's links are made with. */
    public ReferenceFinder finder() {
        return finder;
    }

    public Body render(String markdown, UnSymbolExtension.Links links) {
        return render(parse(markdown), links);
    }

    /** The parse of a body, which {@link #render(Parsed, UnSymbolExtension.Links)} renders (and AKN reads). */
    public Parsed parse(String markdown) {
        // A table needs a '|': without one the tables extension only costs time.
        return new Parsed((markdown.indexOf('|') >= 0 ? parser : parserWithoutTables).parse(markdown));
    }

    /** Renders a parse made by {@link #parse}; another thread may read it meanwhile, not change it. */
    public Body render(Parsed parsed, UnSymbolExtension.Links links) {
        Document doc = parsed.document();
        doc.set(UnSymbolExtension.LINKS, links);
        List<AnnexHeading> annexes = new ArrayList<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h) {
                String text = h.getText().toString().strip();
                Matcher m = ANNEX.matcher(text);
                if (m.matches()) {
                    // Annexes are anchored by kind and order (#annex, #annex-1, #enclosure), not by
                    // their whole heading, so links to them stay short and survive edits of the title.
                    String word = m.group(1).toLowerCase(Locale.ROOT);
                    word = ENGLISH_KINDS.contains(word) ? word : "annex";
                    int k = seen.merge(word, 1, Integer::sum) - 1;
                    String id = k == 0 ? word : word + "-" + k;
                    ids.put(h, id);
                    annexes.add(new AnnexHeading(id, text));
                }
            }
        }
        doc.set(ANNEX_IDS, ids);
        // flexmark writes XHTML-style void tags; the pages are HTML5, where the slash only draws
        // checker warnings. Line breaks are set by an option; text is escaped, so "<hr />" can only be a tag.
        String html = renderer.render(doc).replace("<hr />", "<hr>");
        return new Body(html, List.copyOf(annexes));
    }

    /**
     * A signature line: "(Signed)" before the name, as most versions print it, or after it, as the
     * Chinese versions do ("…梅索尼（签名）").
     */
    private static boolean isSignature(Paragraph p) {
        CharSequence chars = p.getChars().trim();
        if (chars.length() > 200) {
            return false;
        }
        String line = folded(chars.toString());
        for (String signed : SIGNED) {
            if (line.startsWith(signed) || line.endsWith(signed)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, with the full-width brackets of Chinese text as ASCII ones (the texts print both). */
    private static String folded(String s) {
        return s.replace('\uFF08', '(').replace('\uFF09', ')').toLowerCase(Locale.ROOT);
    }

    /**
     * A language's word for an annex as a pattern: an Arabic word printed with its article ("المرفق")
     * also matches without it, as letters head their annexes ("مرفق الرسالة المؤرخة …").
     */
    private static String annexWord(String word) {
        if (word.startsWith("\u0627\u0644") && word.length() > 3) {
            return "(?:\u0627\u0644)?" + Pattern.quote(word.substring(2));
        }
        return Pattern.quote(word);
    }

    /** The anchor of each annex heading of the document being rendered. */
    private static final DataKey<Map<Node, String>> ANNEX_IDS = new DataKey<>("MASTHEAD_ANNEX_IDS", Map.of());

    /** Drops script addresses from links and images, and marks signature lines for the stylesheet. */
    private static final class SafeAttributes extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                if (node instanceof Link || node instanceof Image) {
                    String key = node instanceof Link ? "href" : "src";
                    var attr = attributes.get(key);
                    if (attr != null && UNSAFE_URL.matcher(attr.getValue()).matches()) {
                        attributes.remove(key);
                    }
                } else if (node instanceof Heading h && part == AttributablePart.NODE) {
                    String id = ANNEX_IDS.get(context.getDocument()).get(h);
                    if (id != null) {
                        attributes.replaceValue("id", id);
                    }
                } else if (node instanceof Paragraph p && part == AttributablePart.NODE && isSignature(p)) {
                    attributes.addValue("class", "signature");
                }
            };
        }
    }
}
