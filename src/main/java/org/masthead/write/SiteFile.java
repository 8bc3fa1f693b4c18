package org.masthead.write;

/** One file to write: its path under the site root, the key of what it is made from, and its content. */
public record SiteFile(String path, String key, SiteWriter.Content content) {
}
