package org.masthead.incremental;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.model.Annex;
import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Language;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;

/**
 * Writes a {@link Document} to a binary stream and back, field by field. Symbols are parsed
 * again on the way in, so a damaged cache can never smuggle in a path outside the site.
 */
final class DocumentCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentCodec() {
    }

    static void write(DataOutputStream out, Document d) throws IOException {
        str(out, d.symbol().text());
        str(out, d.title());
        str(out, d.type().key());
        date(out, d.date());
        str(out, d.distribution().label());
        str(out, d.original());
        str(out, d.language().code());
        symbols(out, d.also());
        str(out, d.organ());
        str(out, d.session());
        strings(out, d.agenda());
        str(out, d.from());
        str(out, d.to());
        signatories(out, d.signatories());
        out.writeInt(d.annexes().size());
        for (Annex a : d.annexes()) {
            str(out, a.title());
            str(out, a.from());
            str(out, a.to());
            date(out, a.date());
            str(out, a.original());
            signatories(out, a.signatories());
        }
        symbols(out, d.references());
        strings(out, d.subjects());
        date(out, d.reissued());
        date(out, d.adopted());
        str(out, JSON.writeValueAsString(d.extra()));
        str(out, d.source().toString());
        out.writeInt(d.bodyLine());
        str(out, d.summary());
    }

    @SuppressWarnings("unchecked")
    static Document read(DataInputStream in) throws IOException {
        Symbol symbol = Symbol.of(str(in));
        String title = str(in);
        DocumentType type = DocumentType.ofKey(str(in)).orElseThrow(() -> new IOException("bad type"));
        LocalDate date = date(in);
        Distribution distribution = Distribution.ofLabel(str(in)).orElseThrow(() -> new IOException("bad distribution"));
        String original = str(in);
        Language language = Language.ofCode(str(in)).orElseThrow(() -> new IOException("bad language"));
        List<Symbol> also = symbols(in);
        String organ = str(in);
        String session = str(in);
        List<String> agenda = strings(in);
        String from = str(in);
        String to = str(in);
        List<Signatory> signatories = signatories(in);
        int n = in.readInt();
        List<Annex> annexes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            annexes.add(new Annex(str(in), str(in), str(in), date(in), str(in), signatories(in)));
        }
        List<Symbol> references = symbols(in);
        List<String> subjects = strings(in);
        LocalDate reissued = date(in);
        LocalDate adopted = date(in);
        Map<String, Object> extra = JSON.readValue(str(in), LinkedHashMap.class);
        Path source = Path.of(str(in));
        int bodyLine = in.readInt();
        String summary = str(in);
        return new Document(symbol, title, type, date, distribution, original, language, also, organ, session,
                agenda, from, to, signatories, annexes, references, subjects, reissued, adopted, extra, source,
                bodyLine, summary);
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
