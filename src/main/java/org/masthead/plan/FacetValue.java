package org.masthead.plan;

import java.util.List;

import org.masthead.model.Document;

/** One value of a facet (the year 2014, the type Letters) with its documents by date then symbol. */
public record FacetValue(Facet facet, String label, String slug, List<Document> documents) {
    public static final int PAGE_SIZE = 100;

    public int pages() {
        return Math.max(1, (documents.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Document> page(int n) {
        int from = (n - 1) * PAGE_SIZE;
        return documents.subList(from, Math.min(documents.size(), from + PAGE_SIZE));
    }

    public PageUrl url(int page) {
        return SiteUrls.facet(facet, slug, page);
    }
}
