package org.masthead.export;

import java.time.LocalDate;
import java.util.Locale;

import org.masthead.model.Document;
import org.masthead.model.DocumentType;
import org.masthead.model.Language;
import org.masthead.model.Symbol;

/**
 * The FRBR identifiers of a document under the AKN4UN naming convention:
 * {@code /akn/un/{type}/{subtype}/{actor}/{date}/{number}} for the work (the number is the
 * symbol without its organ, "/" as "-": A/RES/71/4 is {@code 71-4}), the work plus
 * {@code /eng@{date}} for a language version (ISO 639-2 codes), that plus {@code .akn} for
 * this XML file. The AKN element and name follow the document's type: a resolution is a
 * {@code <statement name="resolution">}, a letter a {@code <doc name="officialLetter">}.
 *
 * @param element   the AKN document element: {@code statement} or {@code doc}
 * @param name      its {@code name} attribute and the IRI's subtype
 * @param actor     the organ, as an AKN identifier: {@code un-sc}, {@code un-ga}
 * @param workDate  the date that names the work: adoption for a resolution or decision, issue otherwise
 * @param number    the symbol as the IRI's number
 * @param work       the work's IRI
 * @param expression the language version's IRI
 */
public record AknIri(String element, String name, String actor, LocalDate workDate, String number,
                     Language language, LocalDate expressionDate, String work, String expression) {

    public static AknIri of(Document d) {
        String element = element(d);
        String name = name(d.type());
        String actor = actor(d.symbol());
        LocalDate workDate = workDate(d);
        String number = number(d.symbol());
        // Made once: a file names its work and expression a dozen times.
        String work = work(element, name, actor, workDate, number);
        return new AknIri(element, name, actor, workDate, number, d.language(), d.date(), work,
                work + "/" + language3(d.language()) + "@" + d.date());
    }

    /** The work's IRI alone, as a reference to the document names it. */
    public static String workOf(Document d) {
        return work(element(d), name(d.type()), actor(d.symbol()), workDate(d), number(d.symbol()));
    }

    private static String work(String element, String name, String actor, LocalDate workDate, String number) {
        return "/akn/un/" + element + "/" + subtype(name) + "/" + actor + "/" + workDate + "/" + number;
    }

    private static boolean deliberation(Document d) {
        return d.type() == DocumentType.RESOLUTION || d.type() == DocumentType.DECISION
                || d.type() == DocumentType.PRESIDENTIAL_STATEMENT;
    }

    private static String element(Document d) {
        return deliberation(d) ? "statement" : "doc";
    }

    private static LocalDate workDate(Document d) {
        return deliberation(d) && d.adopted() != null ? d.adopted() : d.date();
    }

    private static String name(DocumentType t) {
        return switch (t) {
            case RESOLUTION -> "resolution";
            case DECISION -> "decision";
            case PRESIDENTIAL_STATEMENT -> "presidentialStatement";
            case LETTER -> "officialLetter";
            case NOTE_VERBALE -> "noteVerbale";
            case NOTE -> "note";
            case REPORT -> "report";
            case MEETING_RECORD -> "meetingRecord";
            case AGENDA -> "agenda";
            case OTHER -> "document";
        };
    }

    /** The organ by the symbol's first segment: S the Security Council, A the General Assembly, ... */
    static String actor(Symbol s) {
        return switch (s.root()) {
            case "S" -> "un-sc";
            case "A" -> "un-ga";
            case "E" -> "un-ecosoc";
            case "ST" -> "un-secretariat";
            case "T" -> "un-tc";
            default -> "un-" + s.root().toLowerCase(Locale.ROOT);
        };
    }

    /** The symbol without its organ (and its RES or DEC), "/" and " (" as "-": S/RES/2164 (2014) is 2164-2014. */
    static String number(Symbol s) {
        String rest = s.text().substring(s.root().length() + 1);
        if (rest.startsWith("RES/") || rest.startsWith("DEC/")) {
            rest = rest.substring(4);
        }
        return rest.replace(" (", "-").replace("(", "-").replace(")", "").replace(' ', '-').replace('/', '-');
    }

    /** The ISO 639-2 code AKN names languages by. */
    public static String language3(Language l) {
        return switch (l) {
            case AR -> "ara";
            case ZH -> "zho";
            case EN -> "eng";
            case FR -> "fra";
            case RU -> "rus";
            case ES -> "spa";
        };
    }

    /** The IRI's subtype: a resolution is a deliberation (AKN4UN); other kinds are named as they are. */
    public String subtype() {
        return subtype(name);
    }

    private static String subtype(String name) {
        return name.equals("resolution") ? "deliberation" : name;
    }

    public String manifestation() {
        return expression + ".akn";
    }

    /** A component's FRBRthis: {@code !main} for the document itself, {@code !annex_1} for its first annex. */
    public String workComponent(String component) {
        return work + "/!" + component;
    }

    public String expressionComponent(String component) {
        return expression + "/!" + component;
    }

    public String manifestationComponent(String component) {
        return expression + "/!" + component + ".xml";
    }
}
