package org.masthead.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.masthead.model.Distribution;
import org.masthead.model.Document;
import org.masthead.model.Language;

/**
 * The words a UN document prints in each of its languages (the masthead's "Distr." and
 * "Original", "Annex", "(Signed)") and the way each language writes a date, read from
 * {@code printed-words.tsv}, where every form names the published text it was read in. These
 * follow the document version's language, whatever the language of the site around it.
 */
public final class PrintedWords {
    /** One form: {@code sourced} when it was read in a published text named by {@code source}. */
    public record Form(Language language, String key, String text, boolean sourced, String source) {
    }

    private static final PrintedWords BUILTIN = load();

    private final Map<Language, Map<String, Form>> forms;
    private final Map<Language, DateTimeFormatter> dates = new EnumMap<>(Language.class);

    private PrintedWords(Map<Language, Map<String, Form>> forms) {
        this.forms = forms;
        dates.put(Language.EN, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        dates.put(Language.FR, DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        dates.put(Language.ES, DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es")));
        dates.put(Language.RU, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru")));
        dates.put(Language.ZH, DateTimeFormatter.ofPattern(word(Language.ZH, "date.pattern"), Locale.CHINESE));
    }

    public static PrintedWords builtin() {
        return BUILTIN;
    }

    /** Every form of the file, in file order. */
    public List<Form> all() {
        List<Form> out = new ArrayList<>();
        forms.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    public Optional<Form> form(Language l, String key) {
        return Optional.ofNullable(forms.get(l).get(key));
    }

    /** The word in the language, or the English one where the file has none for it. */
    public String word(Language l, String key) {
        return form(l, key).or(() -> form(Language.EN, key)).map(Form::text)
                .orElseThrow(() -> new IllegalStateException("printed-words.tsv has no '" + key + "'"));
    }

    /** A date as running text of the language writes it: 5 septembre 2014, 5 de septiembre de 2014, 2014年9月5日. */
    public String date(LocalDate d, Language l) {
        return switch (l) {
            case FR -> (d.getDayOfMonth() == 1 ? word(l, "date.first") : Integer.toString(d.getDayOfMonth())) + " "
                    + dates.get(l).format(d);
            case RU -> dates.get(l).format(d) + " " + word(l, "date.year");
            case AR -> d.getDayOfMonth() + " " + word(l, "month." + d.getMonthValue()) + " " + d.getYear();
            default -> dates.get(l).format(d);
        };
    }

    /** The date as the masthead of that language's version prints it (in English on some). */
    public String mastheadDate(LocalDate d, Language l) {
        return date(d, "own".equals(word(l, "masthead.date")) ? l : Language.EN);
    }

    public String distribution(Distribution d, Language l) {
        return word(l, "distribution." + d.label());
    }

    /** The organ as printed on the version, or as the front matter names it when the file lacks it. */
    public String organ(String organ, Language l) {
        return form(l, "organ." + organ).map(Form::text).orElse(organ);
    }

    /** The original language as the version names it ("anglais" for English), or as written. */
    public String original(String original, Language l) {
        return form(l, "language." + original).map(Form::text).orElse(original);
    }

    /** The masthead's words as the version's language prints them. */
    public Map<String, Object> masthead(Document d) {
        Language l = d.language();
        String version = word(l, "version");
        // Some versions print the block of Distr., date and Original in English: it keeps English's direction.
        boolean english = l != Language.EN && !"own".equals(word(l, "masthead.date"));
        return Vars.of("blockLang", english ? "en" : null, "blockDir", english && l.rightToLeft() ? "ltr" : null,
                "un", word(l, "un"), "organ", organ(d.organ(), l), "distr", word(l, "distr"),
                "distribution", distribution(d.distribution(), l), "date", mastheadDate(d.date(), l),
                "version", version.isEmpty() ? null : version, "originalLabel", word(l, "original"),
                "original", d.original() == null ? null : original(d.original(), l));
    }

    /** The forms of one key in every language that has it, in the UN's order of languages. */
    public List<String> forms(String key) {
        List<String> out = new ArrayList<>();
        for (Language l : Language.values()) {
            form(l, key).ifPresent(f -> out.add(f.text()));
        }
        return out;
    }

    private static PrintedWords load() {
        Map<Language, Map<String, Form>> forms = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            forms.put(l, new HashMap<>());
        }
        try (InputStream in = PrintedWords.class.getResourceAsStream("printed-words.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Language l = Language.ofCode(f[0]).orElseThrow(() -> new IllegalStateException("bad language: " + f[0]));
                forms.get(l).put(f[1], new Form(l, f[1], f[2], f[3].equals("sourced"), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PrintedWords(forms);
    }
}
