package org.masthead.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.masthead.model.Annex;
import org.masthead.model.Distribution;
import org.masthead.model.DocumentType;
import org.masthead.model.Field;
import org.masthead.model.Signatory;
import org.masthead.model.Symbol;

/** The front matter the importer read; null and empty fields were not printed and are not written. */
public record Metadata(Symbol symbol, String title, DocumentType type, LocalDate date, Distribution distribution,
                       String original, List<Symbol> also, String session, List<String> agenda, String from,
                       String to, List<Signatory> signatories, List<Annex> annexes, LocalDate reissued,
                       LocalDate adopted, String meeting, String vote, String source) {
    public Metadata {
        also = List.copyOf(also);
        agenda = List.copyOf(agenda);
        signatories = List.copyOf(signatories);
        annexes = List.copyOf(annexes);
    }

    /** The value of a field, if the importer read one: a new field does not compile until it is named here. */
    Optional<Object> value(Field f) {
        return Optional.ofNullable(switch (f) {
            case SYMBOL -> symbol;
            case TITLE -> title;
            case TYPE -> type;
            case DATE -> date;
            case DISTRIBUTION -> distribution;
            case ORIGINAL -> original;
            case ALSO -> also;
            case SESSION -> session;
            case AGENDA -> agenda;
            case FROM -> from;
            case TO -> to;
            case SIGNATORIES -> signatories;
            case ANNEXES -> annexes;
            case REISSUED -> reissued;
            case ADOPTED -> adopted;
            case MEETING -> meeting;
            case VOTE -> vote;
            case SOURCE -> source;
            // Not printed on the documents it reads: language is the file's, organ comes from the symbol,
            // references from the text; subjects, jobs and records are for an editor to add.
            case LANGUAGE, ORGAN, REFERENCES, SUBJECTS, JOBS, UNDL -> null;
        });
    }
}
