package org.masthead.read;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Distribution;
import org.masthead.model.DocumentType;
import org.masthead.model.Field;
import org.masthead.model.Language;

/**
 * Every field of the {@link Field} table read from one file's front matter, by its kind: typed
 * values for the record components (null or empty when absent), kept fields checked only, and
 * which fields the file states. Each failed conversion is a diagnostic on the key's line.
 */
final class FieldValues {
    private final Map<Field, Object> values = new EnumMap<>(Field.class);
    private final Set<Field> stated = EnumSet.noneOf(Field.class);

    private FieldValues() {
    }

    /** @param language this version's language when the file does not state one (from its name) */
    static FieldValues read(FieldReader f, Path file, Language language, Diagnostics local) {
        FieldValues out = new FieldValues();
        for (Field field : Field.values()) {
            if (f.has(field.key())) {
                out.stated.add(field);
            }
            Object v = switch (field.kind()) {
                case SYMBOL -> f.symbol(field.key()).orElse(null);
                case LANGUAGE -> language(f, field.key(), file, local).orElse(language);
                case TYPE -> closed(f, field.key(), DocumentType::ofKey, file, local, "use one of letter, note-verbale, "
                        + "note, report, resolution, decision, presidential-statement, meeting-record, agenda, other");
                case DISTRIBUTION -> closed(f, field.key(), Distribution::ofLabel, file, local,
                        "use General, Limited or Restricted");
                case TEXT -> f.string(field.key()).orElse(null);
                case TEXTS -> f.strings(field.key());
                case DATE -> f.date(field.key()).orElse(null);
                case SYMBOLS -> f.symbols(field.key());
                case SIGNATORIES -> f.signatories(field.key());
                case ANNEXES -> f.annexes(field.key());
                case JOBS -> {
                    f.jobs(field.key());
                    yield null; // kept as written, in the extra map
                }
                case WHOLE_NUMBER -> {
                    f.wholeNumber(field.key());
                    yield null;
                }
            };
            if (!field.kept()) {
                out.values.put(field, v);
            }
        }
        return out;
    }

    /** The typed values; absent ones are null (scalars) or empty (lists). */
    Map<Field, Object> values() {
        return values;
    }

    Set<Field> stated() {
        return stated;
    }

    <T> Optional<T> get(Field f, Class<T> type) {
        return Optional.ofNullable(values.get(f)).map(type::cast);
    }

    private static Optional<Language> language(FieldReader f, String key, Path file, Diagnostics local) {
        return f.string(key).flatMap(code -> {
            Optional<Language> l = Language.ofCode(code);
            if (l.isEmpty()) {
                local.error(file, f.line(key), f.column(key), "unknown language '" + code + "'",
                        "use one of ar, zh, en, fr, ru, es");
            }
            return l;
        });
    }

    /** A value of a closed set, such as a type; an unknown one is an error on its key. */
    private static <T> T closed(FieldReader f, String key, Function<String, Optional<T>> of,
                                Path file, Diagnostics local, String hint) {
        return f.string(key).flatMap(s -> {
            Optional<T> known = of.apply(s);
            if (known.isEmpty()) {
                local.error(file, f.line(key), f.column(key), "unknown " + key + " '" + s + "'", hint);
            }
            return known;
        }).orElse(null);
    }
}
