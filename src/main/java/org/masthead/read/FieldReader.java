package org.masthead.read;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Annex;
import org.masthead.model.Language;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;
import org.masthead.read.FrontMatterReader.Entry;

/** Typed access to one file's front-matter entries; every failed conversion becomes a diagnostic on the key's line. */
final class FieldReader {
    private final Map<String, Entry> entries;
    private final Path file;
    private final Diagnostics diagnostics;

    FieldReader(Map<String, Entry> entries, Path file, Diagnostics diagnostics) {
        this.entries = entries;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    boolean has(String key) {
        Entry e = entries.get(key);
        return e != null && !e.value().isNull();
    }

    int line(String key) {
        return Optional.ofNullable(entries.get(key)).map(Entry::line).orElse(1);
    }

    /** Where the key's value starts on its line (1 when the value is on the lines below). */
    int column(String key) {
        return Optional.ofNullable(entries.get(key)).map(Entry::column).orElse(1);
    }

    /** A required key: reports it when absent. */
    boolean require(String key, String example) {
        if (has(key)) {
            JsonNode v = entries.get(key).value();
            if (v.isValueNode() && v.asText().isBlank()) {
                // An empty value would otherwise read as an absent one, and the file be dropped without a word.
                diagnostics.error(file, line(key), column(key), "'" + key + "' is empty", "write a value, such as '"
                        + example + "'");
                return false;
            }
            return true;
        }
        diagnostics.error(file, 2, "missing required key '" + key + "'", "add a line such as '" + example + "'");
        return false;
    }

    /** A single value, stripped; none when absent, empty or not a single value (which is reported). */
    Optional<String> string(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonNode v = entries.get(key).value();
        if (!v.isValueNode()) {
            diagnostics.error(file, line(key), column(key), "'" + key + "' must be a single value, not a list or map", null);
            return Optional.empty();
        }
        return nonEmpty(v.asText());
    }

    List<String> strings(String key) {
        if (!has(key)) {
            return List.of();
        }
        return strings(entries.get(key).value(), key);
    }

    private List<String> strings(JsonNode v, String key) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (item.isValueNode() && !item.isNull() && item.asText().isBlank()) {
                    diagnostics.warning(file, line(key), column(key), "an empty entry of '" + key + "' is left out", null);
                } else if (item.isValueNode() && !item.isNull()) {
                    out.add(item.asText().strip());
                } else {
                    diagnostics.error(file, line(key), column(key), "'" + key + "' must be a list of plain values", null);
                }
            }
        } else if (v.isValueNode() && v.asText().isBlank()) {
            diagnostics.warning(file, line(key), column(key), "'" + key + "' is empty", "leave it out, or write [a, b]");
        } else if (v.isValueNode()) {
            out.add(v.asText().strip());
        } else {
            diagnostics.error(file, line(key), column(key), "'" + key + "' must be a list", "write it as [a, b] or one '- item' per line");
        }
        return out;
    }

    Optional<LocalDate> date(String key) {
        return string(key).flatMap(s -> date(s, key));
    }

    private Optional<LocalDate> date(String s, String key) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            String why = s.matches("\\d{4}-\\d{2}-\\d{2}") ? "'" + s + "' is not a real date"
                    : "'" + s + "' is not an ISO date";
            diagnostics.error(file, line(key), column(key), key + ": " + why, "write the date as yyyy-mm-dd, e.g. 2014-09-12");
            return Optional.empty();
        }
    }

    Optional<Symbol> symbol(String key) {
        return string(key).flatMap(s -> symbol(s, key));
    }

    private Optional<Symbol> symbol(String s, String key) {
        Symbol.Result r = Symbol.parse(s);
        if (r.symbol().isEmpty()) {
            diagnostics.error(file, line(key), column(key), key + ": " + r.error(),
                    "write a UN symbol such as S/2014/660 or S/RES/2164 (2014)");
        }
        return r.symbol();
    }

    List<Symbol> symbols(String key) {
        List<Symbol> out = new ArrayList<>();
        for (String s : strings(key)) {
            symbol(s, key).ifPresent(out::add);
        }
        return out;
    }

    List<Signatory> signatories(String key) {
        return has(key) ? signatories(entries.get(key).value(), key) : List.of();
    }

    private List<Signatory> signatories(JsonNode v, String key) {
        List<Signatory> out = new ArrayList<>();
        if (!v.isArray()) {
            diagnostics.error(file, line(key), column(key), "'" + key + "' must be a list of {name, role}", "write '- name: BAN Ki-moon'");
            return out;
        }
        for (JsonNode item : v) {
            if (item.isTextual() && !item.asText().isBlank()) {
                out.add(new Signatory(item.asText().strip(), null));
            } else if (item.isObject() && item.hasNonNull("name")) {
                nested(item, key, Set.of("name", "role"));
                text(item, "name").ifPresent(name -> out.add(new Signatory(name, text(item, "role").orElse(null))));
            } else {
                diagnostics.error(file, line(key), column(key), "each entry of '" + key + "' needs a name", "write '- name: BAN Ki-moon'");
            }
        }
        return out;
    }

    /** The annexes; an absent value stays null in the {@link Annex} record, as in the model. */
    List<Annex> annexes(String key) {
        List<Annex> out = new ArrayList<>();
        if (!has(key)) {
            return out;
        }
        JsonNode v = entries.get(key).value();
        if (!v.isArray()) {
            diagnostics.error(file, line(key), column(key), "'annexes' must be a list", "write one '- title: ...' per annex");
            return out;
        }
        for (JsonNode a : v) {
            if (!a.isObject()) {
                diagnostics.error(file, line(key), column(key), "each annex must be a map with title, from, to, ...", null);
                continue;
            }
            nested(a, key, ANNEX_KEYS);
            if (a.has("signatories") && !a.get("signatories").isNull() && !a.get("signatories").isArray()) {
                diagnostics.error(file, line(key), column(key), "an annex's 'signatories' must be a list of {name, role}",
                        "write '- name: BAN Ki-moon'");
                continue;
            }
            out.add(new Annex(text(a, "title").orElse(null), text(a, "from").orElse(null), text(a, "to").orElse(null),
                    text(a, "date").flatMap(d -> date(d, key)).orElse(null), text(a, "original").orElse(null),
                    a.hasNonNull("signatories") ? signatories(a.get("signatories"), key) : List.of()));
        }
        return out;
    }

    /** {@code jobs}: a map from language code to the ODS job number of that version, such as {@code {en: N1453541}}. */
    void jobs(String key) {
        if (!has(key)) {
            return;
        }
        JsonNode v = entries.get(key).value();
        if (!v.isObject()) {
            diagnostics.error(file, line(key), column(key), "'" + key + "' must be a map from language to job number",
                    "write it as {en: N1453541, fr: N1453542}");
            return;
        }
        v.fields().forEachRemaining(f -> {
            if (Language.ofCode(f.getKey()).isEmpty()) {
                diagnostics.error(file, line(key), column(key), "'" + key + "': unknown language '" + f.getKey() + "'",
                        "use ar, zh, en, fr, ru or es");
            } else if (!f.getValue().isValueNode() || !JOB_NUMBER.matcher(f.getValue().asText().strip()).matches()) {
                diagnostics.error(file, line(key), column(key), "'" + key + "': '" + f.getValue() + "' is not a job number",
                        "a job number is eight characters, one or two letters and digits, such as N1453541 "
                                + "(the name of the version's PDF on the UN's Official Document System)");
            }
        });
    }

    /** What ODS names a PDF by: N1453541, NR070373 (eight characters; the link is cut 3/3/2 from them). */
    private static final Pattern JOB_NUMBER = Pattern.compile("(?=[A-Za-z0-9]{8}$)[A-Za-z]{1,2}\\d{6,7}");

    /** A whole number, such as {@code undl}, the UN Digital Library's record number. */
    void wholeNumber(String key) {
        if (!has(key)) {
            return;
        }
        JsonNode v = entries.get(key).value();
        if (!v.isValueNode() || !v.asText().strip().matches("[1-9]\\d{0,17}")) {
            diagnostics.error(file, line(key), column(key), "'" + key + "' must be a whole number, such as 3815374", null);
        }
    }

    private static final Set<String> ANNEX_KEYS = Set.of("title", "from", "to", "date", "original", "signatories");

    /**
     * Checks a record nested in a list (an annex, a signatory): each of its known keys, but
     * {@code signatories}, holds one value; an unknown key is kept out and reported as a warning.
     */
    private void nested(JsonNode record, String key, Set<String> known) {
        record.fields().forEachRemaining(f -> {
            if (!known.contains(f.getKey())) {
                diagnostics.warning(file, line(key), column(key), "unknown key '" + f.getKey() + "' in an entry of '"
                        + key + "' (ignored)", "its keys are " + String.join(", ", new TreeSet<>(known)));
            } else if (!f.getKey().equals("signatories") && !f.getValue().isValueNode()) {
                diagnostics.error(file, line(key), column(key), "'" + f.getKey() + "' in an entry of '" + key
                        + "' must be a single value, not a list or map", null);
            }
        });
    }

    Optional<Object> plain(String key) {
        return Optional.ofNullable(entries.get(key)).flatMap(e -> toPlain(e.value()));
    }

    /** Unknown keys reach templates as plain Java values (String, List, Map); a YAML null inside a list or map stays null. */
    static Optional<Object> toPlain(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isArray()) {
            List<Object> l = new ArrayList<>();
            v.forEach(i -> l.add(toPlain(i).orElse(null)));
            return Optional.of(l);
        }
        if (v.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            v.fields().forEachRemaining(f -> m.put(f.getKey(), toPlain(f.getValue()).orElse(null)));
            return Optional.of(m);
        }
        return Optional.of(v.asText());
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return Optional.empty();
        }
        return nonEmpty(v.asText());
    }

    private static Optional<String> nonEmpty(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }
}
