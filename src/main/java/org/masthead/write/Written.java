package org.masthead.write;

/** What the write stage did: how many files it wrote, and whether the new site is in place. */
public record Written(int files, boolean ok) {
    static final Written NOTHING = new Written(0, false);
}
