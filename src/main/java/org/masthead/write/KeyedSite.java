package org.masthead.write;

import java.util.List;
import java.util.Optional;

/**
 * What the write stage takes: every file of the site with its key, and the key of all the
 * build's inputs, recorded with the site when the build is clean so the next one can tell
 * at a glance that nothing changed.
 */
public record KeyedSite(List<SiteFile> files, Optional<String> inputs) {
    public KeyedSite {
        files = List.copyOf(files);
    }
}
