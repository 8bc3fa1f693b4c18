package org.masthead.importer;

import java.time.LocalDate;
import java.util.List;

import org.masthead.model.Annex;
import org.masthead.model.Distribution;
import org.masthead.model.DocumentType;
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
}
