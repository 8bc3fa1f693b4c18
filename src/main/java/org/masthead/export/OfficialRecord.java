package org.masthead.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Language;

/**
 * Where the official record of a document is, from what its front matter gives: undocs.org in
 * each official language (the symbol is enough), the PDF of each language version on the
 * Official Document System (its {@code jobs} number) and the UN Digital Library's catalogue
 * record ({@code undl}). A version's {@code jobs} and {@code undl} serve every version.
 *
 * @param undocs  the symbol on undocs.org, one link per official language
 * @param pdfs    the official PDF of each language version whose job number is known
 * @param library the catalogue record in the UN Digital Library, when its number is known
 */
public record OfficialRecord(List<Link> undocs, List<Link> pdfs, Optional<String> library) {

    /** A link in one language. */
    public record Link(Language language, String href) {
    }

    public OfficialRecord {
        undocs = List.copyOf(undocs);
        pdfs = List.copyOf(pdfs);
    }

    /** @param versions every language version of the document, itself included */
    public static OfficialRecord of(Document d, List<Document> versions) {
        List<Link> undocs = new ArrayList<>();
        for (Language l : Language.values()) {
            undocs.add(new Link(l, "https://undocs.org/" + l.code() + "/" + d.symbol().urlPath()));
        }
        Map<Language, String> jobs = jobs(d, versions);
        List<Link> pdfs = new ArrayList<>();
        for (Language l : Language.values()) {
            if (jobs.containsKey(l)) {
                pdfs.add(new Link(l, pdfUrl(jobs.get(l), d)));
            }
        }
        Optional<String> library = undl(d).or(() -> versions.stream().map(OfficialRecord::undl)
                .flatMap(Optional::stream).findFirst());
        return new OfficialRecord(undocs, pdfs, library.map(n -> "https://digitallibrary.un.org/record/" + n));
    }

    /** This version on undocs.org. */
    public String undocs(Language l) {
        return undocs.get(l.ordinal()).href();
    }

    /** The official PDF of a language version, when its job number is known. */
    public Optional<String> pdf(Language l) {
        return pdfs.stream().filter(p -> p.language() == l).map(Link::href).findFirst();
    }

    /**
     * The PDF's address on the Official Document System: the job number lower-cased and cut
     * 3/3/2 into folders, under {@code gen}, {@code ltd} or {@code pro} (general, limited,
     * provisional records of meetings): N1453541 is {@code gen/n14/535/41/pdf/n1453541.pdf}.
     */
    static String pdfUrl(String job, Document d) {
        String j = job.strip().toLowerCase(Locale.ROOT);
        String series = d.type() == DocumentType.MEETING_RECORD ? "pro"
                : d.distribution() == Distribution.LIMITED ? "ltd" : "gen";
        return "https://documents.un.org/doc/undoc/" + series + "/" + j.substring(0, 3) + "/" + j.substring(3, 6)
                + "/" + j.substring(6) + "/pdf/" + j + ".pdf";
    }

    /** Job numbers by language: this version's own first, then what the others state. */
    private static Map<Language, String> jobs(Document d, List<Document> versions) {
        Map<Language, String> out = new LinkedHashMap<>();
        addJobs(d, out);
        versions.forEach(v -> addJobs(v, out));
        return out;
    }

    private static void addJobs(Document d, Map<Language, String> out) {
        if (d.extra().get("jobs") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> Language.ofCode(String.valueOf(k))
                    .filter(l -> v != null)
                    .ifPresent(l -> out.putIfAbsent(l, String.valueOf(v))));
        }
    }

    private static Optional<String> undl(Document d) {
        return Optional.ofNullable(d.extra().get("undl")).map(v -> String.valueOf(v).strip());
    }
}
