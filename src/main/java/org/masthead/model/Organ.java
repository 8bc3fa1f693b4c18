package org.masthead.model;

import java.util.Optional;

/** The issuing organ, known from a symbol's first segment. */
public enum Organ {
    SECURITY_COUNCIL("S", "Security Council", "security-council"),
    GENERAL_ASSEMBLY("A", "General Assembly", "general-assembly"),
    ECONOMIC_AND_SOCIAL_COUNCIL("E", "Economic and Social Council", "economic-and-social-council"),
    SECRETARIAT("ST", "Secretariat", "secretariat"),
    TRUSTEESHIP_COUNCIL("T", "Trusteeship Council", "trusteeship-council"),
    OTHER("", "Other bodies", "other");

    private final String root;
    private final String title;
    private final String slug;

    Organ(String root, String title, String slug) {
        this.root = root;
        this.title = title;
        this.slug = slug;
    }

    public static Organ ofRoot(String root) {
        for (Organ o : values()) {
            if (o.root.equals(root)) {
                return o;
            }
        }
        return OTHER;
    }

    /** The organ a document's {@code organ} names, when it is one of these by its English title. */
    public static Optional<Organ> ofTitle(String title) {
        for (Organ o : values()) {
            if (o.title.equals(title)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }
}
