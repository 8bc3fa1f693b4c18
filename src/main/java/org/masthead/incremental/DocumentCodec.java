package org.masthead.incremental;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.masthead.model.Annex;
import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Field;
import org.masthead.model.Language;
import org.masthead.model.Provenance;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;

/**
 * Writes a {@link Document} to a binary stream and back: every typed {@link Field} in the
 * table's order, by its kind, then the provenance. Symbols are parsed again on the way in, so a
 * damaged cache can never smuggle in a path outside the site.
 */
final class DocumentCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentCodec() {
    }

    static void write(DataOutputStream out, Document d) throws IOException {
        for (Field f : Field.values()) {
            if (!f.kept()) {
                value(out, f.kind(), f.of(d));
            }
        }
        str(out, JSON.writeValueAsString(d.extra()));
        str(out, d.source().toString());
        out.writeInt(d.bodyLine());
        str(out, d.summary());
        long stated = 0;
        for (Field f : d.stated()) {
            stated |= 1L << f.ordinal();
        }
        out.writeLong(stated);
    }

    @SuppressWarnings("unchecked")
    static Document read(DataInputStream in) throws IOException {
        Map<Field, Object> values = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            if (!f.kept()) {
                values.put(f, value(in, f.kind()));
            }
        }
        Map<String, Object> extra = JSON.readValue(str(in), LinkedHashMap.class);
        Path source = Path.of(str(in));
        int bodyLine = in.readInt();
        String summary = str(in);
        long bits = in.readLong();
        Set<Field> stated = EnumSet.noneOf(Field.class);
        for (Field f : Field.values()) {
            if ((bits & 1L << f.ordinal()) != 0) {
                stated.add(f);
            }
        }
        return Document.of(values, new Provenance(extra, source, bodyLine, summary, "", stated));
    }

    @SuppressWarnings("unchecked")
    private static void value(DataOutputStream out, Field.Kind kind, Object v) throws IOException {
        switch (kind) {
            case SYMBOL -> str(out, v == null ? null : ((Symbol) v).text());
            case LANGUAGE -> str(out, v == null ? null : ((Language) v).code());
            case TYPE -> str(out, v == null ? null : ((DocumentType) v).key());
            case DISTRIBUTION -> str(out, v == null ? null : ((Distribution) v).label());
            case TEXT -> str(out, (String) v);
            case TEXTS -> strings(out, (List<String>) v);
            case DATE -> date(out, (LocalDate) v);
            case SYMBOLS -> symbols(out, (List<Symbol>) v);
            case SIGNATORIES -> signatories(out, (List<Signatory>) v);
            case ANNEXES -> annexes(out, (List<Annex>) v);
            case JOBS, WHOLE_NUMBER -> str(out, JSON.writeValueAsString(v));
        }
    }

    private static Object value(DataInputStream in, Field.Kind kind) throws IOException {
        return switch (kind) {
            case SYMBOL -> optional(in).map(Symbol::of).orElse(null);
            case LANGUAGE -> known(optional(in), Language::ofCode, "language");
            case TYPE -> known(optional(in), DocumentType::ofKey, "type");
            case DISTRIBUTION -> known(optional(in), Distribution::ofLabel, "distribution");
            case TEXT -> str(in);
            case TEXTS -> strings(in);
            case DATE -> date(in);
            case SYMBOLS -> symbols(in);
            case SIGNATORIES -> signatories(in);
            case ANNEXES -> annexes(in);
            case JOBS, WHOLE_NUMBER -> JSON.readValue(str(in), Object.class);
        };
    }

    /** A value of a closed set, or null when none was written; an unknown one means a damaged cache. */
    private static <T> T known(Optional<String> s, Function<String, Optional<T>> of, String what)
            throws IOException {
        if (s.isEmpty()) {
            return null;
        }
        Optional<T> v = of.apply(s.get());
        if (v.isEmpty()) {
            throw new IOException("bad " + what);
        }
        return v.get();
    }

    private static void annexes(DataOutputStream out, List<Annex> annexes) throws IOException {
        out.writeInt(annexes.size());
        for (Annex a : annexes) {
            str(out, a.title());
            str(out, a.from());
            str(out, a.to());
            date(out, a.date());
            str(out, a.original());
            signatories(out, a.signatories());
        }
    }

    private static List<Annex> annexes(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Annex> annexes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            annexes.add(new Annex(str(in), str(in), str(in), date(in), str(in), signatories(in)));
        }
        return annexes;
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A string of the model, which may be absent (null, as the record keeps it): written as length -1. */
    private static String str(DataInputStream in) throws IOException {
        return optional(in).orElse(null);
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        int len = in.readInt();
        return len < 0 ? Optional.empty() : Optional.of(new String(in.readNBytes(len), StandardCharsets.UTF_8));
    }

    private static void date(DataOutputStream out, LocalDate d) throws IOException {
        out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
    }

    private static LocalDate date(DataInputStream in) throws IOException {
        long v = in.readLong();
        return Optional.of(v).filter(day -> day != Long.MIN_VALUE).map(LocalDate::ofEpochDay).orElse(null);
    }

    private static void strings(DataOutputStream out, List<String> l) throws IOException {
        out.writeInt(l.size());
        for (String s : l) {
            str(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(str(in));
        }
        return l;
    }

    private static void symbols(DataOutputStream out, List<Symbol> l) throws IOException {
        out.writeInt(l.size());
        for (Symbol s : l) {
            str(out, s.text());
        }
    }

    private static List<Symbol> symbols(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Symbol> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(Symbol.of(str(in)));
        }
        return l;
    }

    private static void signatories(DataOutputStream out, List<Signatory> l) throws IOException {
        out.writeInt(l.size());
        for (Signatory s : l) {
            str(out, s.name());
            str(out, s.role());
        }
    }

    private static List<Signatory> signatories(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Signatory> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(new Signatory(str(in), str(in)));
        }
        return l;
    }
}
