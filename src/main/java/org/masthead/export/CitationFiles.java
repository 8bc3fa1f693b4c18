package org.masthead.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.masthead.plan.CitationFormat;

/**
 * A citation as a file for reference managers: BibTeX {@code @techreport}, RIS {@code RPRT}
 * and CSL-JSON {@code report}, each with the symbol as the report's number, the organ as its
 * corporate author and the United Nations as publisher (NOTES: how Zotero and others read them).
 */
public final class CitationFiles {
    static final String PUBLISHER = "United Nations";
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    private final ObjectWriter json;

    /** @param json the mapper the site's JSON files are written with */
    public CitationFiles(ObjectMapper json) {
        this.json = json.writerWithDefaultPrettyPrinter();
    }

    public byte[] bytes(Citation c, CitationFormat format) {
        String text = switch (format) {
            case BIBTEX -> bibtex(c);
            case RIS -> ris(c);
            case CSL_JSON -> cslJson(c);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String bibtex(Citation c) {
        LocalDate d = c.citedDate();
        StringBuilder sb = new StringBuilder(512);
        sb.append("@techreport{").append(key(c)).append(",\n");
        field(sb, "title", "{" + bib(c.displayTitle()) + "}");
        // Double braces: a corporate author is one name, not a family name and initials.
        field(sb, "author", "{" + bib(c.author()) + "}");
        field(sb, "institution", bib(PUBLISHER));
        field(sb, "type", bib(typeLabel(c)));
        field(sb, "number", bib(c.symbol()));
        field(sb, "year", Integer.toString(d.getYear()));
        sb.append("  month = ").append(MONTHS[d.getMonthValue() - 1]).append(",\n");
        field(sb, "date", d.toString());
        field(sb, "language", c.language().englishName().toLowerCase(Locale.ROOT));
        field(sb, "url", c.url());
        field(sb, "note", bib(c.text()));
        sb.setLength(sb.length() - 2);
        return sb.append("\n}\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** A BibTeX key of ASCII letters, digits and underscores: {@code S_RES_2164_2014}. */
    static String key(Citation c) {
        String k = c.symbol().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        return c.language().code().equals("en") ? k : k + "_" + c.language().code();
    }

    /** Escapes what BibTeX and LaTeX read as commands or groups. */
    static String bib(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> sb.append('\\').append(ch);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** RIS: one tag a line, lines ending CR LF as the format's specification has them. */
    static String ris(Citation c) {
        LocalDate d = c.citedDate();
        StringBuilder sb = new StringBuilder(512);
        tag(sb, "TY", "RPRT");
        tag(sb, "TI", c.displayTitle());
        tag(sb, "AU", c.author());
        tag(sb, "PB", PUBLISHER);
        tag(sb, "M3", typeLabel(c));
        tag(sb, "SN", c.symbol());
        tag(sb, "PY", Integer.toString(d.getYear()));
        tag(sb, "DA", String.format("%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        tag(sb, "LA", c.language().code());
        tag(sb, "UR", c.url());
        tag(sb, "N1", c.text());
        return sb.append("ER  - \r\n").toString();
    }

    private static void tag(StringBuilder sb, String tag, String value) {
        sb.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
    }

    /** CSL-JSON: an array of one item, as citeproc and Zotero import it. */
    String cslJson(Citation c) {
        LocalDate d = c.citedDate();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key(c));
        item.put("type", "report");
        item.put("title", c.displayTitle());
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("literal", c.author());
        item.put("author", List.of(author));
        item.put("publisher", PUBLISHER);
        item.put("genre", typeLabel(c));
        item.put("number", c.symbol());
        Map<String, Object> issued = new LinkedHashMap<>();
        issued.put("date-parts", List.of(List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
        item.put("issued", issued);
        item.put("language", c.language().code());
        item.put("URL", c.url());
        item.put("note", c.text());
        try {
            return json.writeValueAsString(List.of(item)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kind of report, as reference managers show it: "Resolution", "Letter". */
    private static String typeLabel(Citation c) {
        String key = c.type().key().replace('-', ' ');
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
