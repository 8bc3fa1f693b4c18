package org.masthead.plan;

/** What a listing page lists, and the template that shows it. */
public sealed interface Listing {
    String template();

    /** The home page: what the archive holds, the latest documents, ways to browse. */
    record Home() implements Listing {
        @Override
        public String template() {
            return "home";
        }
    }

    /** Every facet with all its values. */
    record BrowseIndex() implements Listing {
        @Override
        public String template() {
            return "browse";
        }
    }

    /** One facet with all its values. */
    record FacetIndex(Facet facet) implements Listing {
        @Override
        public String template() {
            return "browse";
        }
    }

    /** One page of the documents under a facet value, 1-based. */
    record FacetPage(FacetValue value, int page) implements Listing {
        @Override
        public String template() {
            return "list";
        }
    }
}
