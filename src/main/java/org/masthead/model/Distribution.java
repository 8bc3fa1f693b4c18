package org.masthead.model;

import java.util.Optional;

/** The {@code Distr.:} line of the masthead. */
public enum Distribution {
    GENERAL("General"), LIMITED("Limited"), RESTRICTED("Restricted");

    private final String label;

    Distribution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Distribution> ofLabel(String label) {
        for (Distribution d : values()) {
            if (d.label.equalsIgnoreCase(label)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
