package org.masthead.render;

import java.util.List;
import java.util.Map;

import org.masthead.plan.PlannedFile.ListingPage;

/**
 * The render stage's result: every planned file with its content, in the plan's order.
 * Nothing is rendered yet; a file's bytes are made when write (or the preview) asks for them.
 */
public record RenderedSite(List<RenderedFile> files, ListingModels listings) {
    public RenderedSite {
        files = List.copyOf(files);
    }

    /** The variables a listing page is rendered from: what the page is made of, for its key. */
    public Map<String, Object> variables(ListingPage page) {
        return listings.variables(page.listing());
    }
}
