package org.masthead.link;

/** Where a reference points: a relative link to a page of the archive, or an external permalink. */
public record LinkTarget(String href, boolean external) {
}
