package org.masthead.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

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

    private final JsonFactory json;

    /** @param json the mapper the site's JSON files are written with (its factory escapes as they do) */
    public CitationFiles(ObjectMapper json) {
        this.json = json.getFactory();
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
        String symbol = c.symbol();
        StringBuilder k = new StringBuilder(symbol.length() + 3);
        // Each run of other characters one underscore, none at either end (by hand: a regular expression
        // here cost more than the rest of the file).
        boolean gap = false;
        for (int i = 0; i < symbol.length(); i++) {
            char ch = symbol.charAt(i);
            if (ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
                if (gap && k.length() > 0) {
                    k.append('_');
                }
                k.append(ch);
                gap = false;
            } else {
                gap = true;
            }
        }
        return c.language().code().equals("en") ? k.toString() : k.append('_').append(c.language().code()).toString();
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
        tag(sb, "DA", slashed(d));
        tag(sb, "LA", c.language().code());
        tag(sb, "UR", c.url());
        tag(sb, "N1", c.text());
        return sb.append("ER  - \r\n").toString();
    }

    private static void tag(StringBuilder sb, String tag, String value) {
        sb.append(tag).append("  - ");
        // A value is one line: each run of line breaks one space.
        boolean brk = false;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\r' || ch == '\n') {
                brk = true;
            } else {
                if (brk) {
                    sb.append(' ');
                    brk = false;
                }
                sb.append(ch);
            }
        }
        if (brk) {
            sb.append(' ');
        }
        sb.append("\r\n");
    }

    /** {@code yyyy/mm/dd}, as RIS and the Highwire meta tags write a date (String.format costs more than the rest of a file). */
    static String slashed(LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            return String.format("%04d/%02d/%02d", year, d.getMonthValue(), d.getDayOfMonth());
        }
        StringBuilder sb = new StringBuilder(10);
        for (int div = 1000; div > 1; div /= 10) {
            if (year < div) {
                sb.append('0');
            }
        }
        sb.append(year).append('/');
        if (d.getMonthValue() < 10) {
            sb.append('0');
        }
        sb.append(d.getMonthValue()).append('/');
        if (d.getDayOfMonth() < 10) {
            sb.append('0');
        }
        return sb.append(d.getDayOfMonth()).toString();
    }

    /**
     * CSL-JSON: an array of one item, as citeproc and Zotero import it. Written through the mapper's
     * generator, field by field: the same pretty-printed bytes as the mapper gives a map, without
     * the map and the lookup of a serializer for each of its values.
     */
    String cslJson(Citation c) {
        LocalDate d = c.citedDate();
        StringWriter w = new StringWriter(640);
        try (JsonGenerator g = json.createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringField("id", key(c));
            g.writeStringField("type", "report");
            g.writeStringField("title", c.displayTitle());
            g.writeArrayFieldStart("author");
            g.writeStartObject();
            g.writeStringField("literal", c.author());
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("publisher", PUBLISHER);
            g.writeStringField("genre", typeLabel(c));
            g.writeStringField("number", c.symbol());
            g.writeObjectFieldStart("issued");
            g.writeArrayFieldStart("date-parts");
            g.writeStartArray();
            g.writeNumber(d.getYear());
            g.writeNumber(d.getMonthValue());
            g.writeNumber(d.getDayOfMonth());
            g.writeEndArray();
            g.writeEndArray();
            g.writeEndObject();
            g.writeStringField("language", c.language().code());
            g.writeStringField("URL", c.url());
            g.writeStringField("note", c.text());
            g.writeEndObject();
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.append('\n').toString();
    }

    /** The kind of report, as reference managers show it: "Resolution", "Letter". */
    private static String typeLabel(Citation c) {
        String key = c.type().key().replace('-', ' ');
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
