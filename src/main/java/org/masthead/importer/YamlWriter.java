package org.masthead.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.masthead.model.Annex;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;

/**
 * Writes front matter by hand, keys in FORMAT.md order, so the same input always gives the same
 * bytes. A string is written plain only when YAML cannot read it as anything else; otherwise it is
 * double-quoted with escapes.
 */
final class YamlWriter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z\\p{L}(][\\p{L}\\p{N} ,.()'\u2019/\\-\u2013]*[\\p{L}\\p{N}).']|[A-Za-z]");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

    private final StringBuilder out = new StringBuilder();

    static String write(Metadata m) {
        YamlWriter w = new YamlWriter();
        w.out.append("---\n");
        w.scalar("symbol", m.symbol().text());
        w.scalar("title", m.title());
        w.scalar("type", m.type() == null ? null : m.type().key());
        w.date("date", m.date());
        w.scalar("distribution", m.distribution() == null ? null : m.distribution().label());
        w.scalar("original", m.original());
        if (!m.also().isEmpty()) {
            w.out.append("also: [").append(String.join(", ", m.also().stream().map(Symbol::text).map(YamlWriter::quote).toList()))
                    .append("]\n");
        }
        w.scalar("session", m.session());
        if (!m.agenda().isEmpty()) {
            w.out.append("agenda: [").append(String.join(", ", m.agenda().stream().map(YamlWriter::quote).toList()))
                    .append("]\n");
        }
        w.scalar("from", m.from());
        w.scalar("to", m.to());
        w.signatories("", m.signatories());
        if (!m.annexes().isEmpty()) {
            w.out.append("annexes:\n");
            for (Annex a : m.annexes()) {
                w.annex(a);
            }
        }
        w.date("reissued", m.reissued());
        w.date("adopted", m.adopted());
        w.scalar("meeting", m.meeting());
        w.scalar("vote", m.vote());
        w.scalar("source", m.source());
        w.out.append("---\n");
        return w.out.toString();
    }

    private void annex(Annex a) {
        String first = "  - ";
        String rest = "    ";
        String indent = first;
        String[][] fields = {{"title", a.title()}, {"from", a.from()}, {"to", a.to()},
                {"date", a.date() == null ? null : a.date().toString()}, {"original", a.original()}};
        for (String[] f : fields) {
            if (f[1] != null) {
                out.append(indent).append(f[0]).append(": ").append(f[0].equals("date") ? f[1] : quote(f[1])).append('\n');
                indent = rest;
            }
        }
        if (!a.signatories().isEmpty()) {
            if (indent.equals(first)) {
                out.append(first).append("signatories:\n");
                writeSignatoryItems("      ", a.signatories());
            } else {
                signatories(rest, a.signatories());
            }
        } else if (indent.equals(first)) {
            out.append(first).append("{}\n");
        }
    }

    private void signatories(String indent, List<Signatory> list) {
        if (list.isEmpty()) {
            return;
        }
        out.append(indent).append("signatories:\n");
        writeSignatoryItems(indent + "  ", list);
    }

    private void writeSignatoryItems(String indent, List<Signatory> list) {
        for (Signatory s : list) {
            if (s.name() == null) {
                continue;
            }
            out.append(indent).append("- name: ").append(quote(s.name())).append('\n');
            if (s.role() != null) {
                out.append(indent).append("  role: ").append(quote(s.role())).append('\n');
            }
        }
    }

    private void scalar(String key, String value) {
        if (value != null) {
            out.append(key).append(": ").append(quote(value)).append('\n');
        }
    }

    private void date(String key, LocalDate value) {
        if (value != null) {
            out.append(key).append(": ").append(value).append('\n');
        }
    }

    static String quote(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT)) && !s.contains(" #")
                && !s.contains(": ")) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
