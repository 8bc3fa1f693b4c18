package org.masthead.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.masthead.model.Annex;
import org.masthead.model.Distribution;
import org.masthead.model.DocumentType;
import org.masthead.model.Field;
import org.masthead.model.Language;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;

/**
 * Writes front matter by hand, the keys of the {@link Field} table in its (FORMAT.md's) order, so the same input always gives the same
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
        for (Field f : Field.values()) {
            w.field(f.key(), f.kind(), m.value(f));
        }
        w.out.append("---\n");
        return w.out.toString();
    }

    /** One key, written by its kind; an absent value or an empty list is not written. */
    @SuppressWarnings("unchecked")
    private void field(String key, Field.Kind kind, Optional<Object> value) {
        if (value.isEmpty() || value.get() instanceof List<?> l && l.isEmpty()) {
            return;
        }
        Object v = value.get();
        switch (kind) {
            case SYMBOL -> scalar(key, ((Symbol) v).text());
            case TYPE -> scalar(key, ((DocumentType) v).key());
            case DISTRIBUTION -> scalar(key, ((Distribution) v).label());
            case LANGUAGE -> scalar(key, ((Language) v).code());
            case TEXT, WHOLE_NUMBER -> scalar(key, v.toString());
            case DATE -> date(key, (LocalDate) v);
            case SYMBOLS -> list(key, ((List<Symbol>) v).stream().map(Symbol::text).toList());
            case TEXTS -> list(key, (List<String>) v);
            case SIGNATORIES -> signatories("", (List<Signatory>) v);
            case ANNEXES -> {
                out.append("annexes:\n");
                for (Annex a : (List<Annex>) v) {
                    annex(a);
                }
            }
            case JOBS -> throw new IllegalStateException("the importer reads no " + key);
        }
    }

    private void list(String key, List<String> values) {
        out.append(key).append(": [").append(String.join(", ", values.stream().map(YamlWriter::quote).toList()))
                .append("]\n");
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
