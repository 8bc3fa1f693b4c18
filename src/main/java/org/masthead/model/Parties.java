package org.masthead.model;

import java.util.List;

/** Who wrote to whom, and who signed the main text; absent sender or addressee is null. */
public record Parties(String from, String to, List<Signatory> signatories) {
    public Parties {
        signatories = List.copyOf(signatories);
    }
}
