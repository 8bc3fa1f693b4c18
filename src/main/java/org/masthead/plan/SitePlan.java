package org.masthead.plan;

import java.util.ArrayList;
import java.util.List;

import org.masthead.link.LinkGraph;
import org.masthead.model.Document;
import org.masthead.plan.Listing.BrowseIndex;
import org.masthead.plan.Listing.FacetIndex;
import org.masthead.plan.Listing.FacetPage;
import org.masthead.plan.Listing.Home;
import org.masthead.plan.PlannedFile.AknFile;
import org.masthead.plan.PlannedFile.Asset;
import org.masthead.plan.PlannedFile.Catalogue;
import org.masthead.plan.PlannedFile.CitationFile;
import org.masthead.plan.PlannedFile.DocumentJson;
import org.masthead.plan.PlannedFile.DocumentPage;
import org.masthead.plan.PlannedFile.Feed;
import org.masthead.plan.PlannedFile.ListingPage;
import org.masthead.plan.PlannedFile.Sitemap;

/**
 * The plan stage's result: every file of the site (FORMAT.md section 3), with the addresses
 * and browse values the pages share. Render and write take the files as they are, whether a
 * build writes them all or the preview server renders one when it is asked for.
 */
public record SitePlan(List<PlannedFile> files, SiteUrls urls, Browse browse) {
    public static final int FEED_SIZE = 50;

    public SitePlan {
        files = List.copyOf(files);
    }

    /**
     * @param assets  the site paths of the theme's static files
     * @param exports whether each version has its citation files and AKN file beside its page
     */
    public static SitePlan of(LinkGraph graph, List<String> assets, boolean exports) {
        SiteUrls urls = new SiteUrls(graph);
        List<Document> docs = graph.all().stream().sorted(LinkGraph.BY_DATE_THEN_SYMBOL).toList();
        Browse browse = Browse.of(graph.primaries(), docs);
        List<PlannedFile> files = new ArrayList<>(docs.size() * 6 + 1000);
        List<PageUrl> pages = new ArrayList<>(docs.size() + 1000);
        // The catalogue first: it is the one big file made by one thread, and last it would leave the others idle.
        files.add(new Catalogue(docs));
        AknFile previous = null;
        for (Document d : docs) {
            PageUrl url = urls.document(d);
            pages.add(url);
            files.add(new DocumentPage(url, d));
            files.add(new DocumentJson(urls.json(d), d));
            if (exports) {
                for (CitationFormat f : CitationFormat.values()) {
                    files.add(new CitationFile(urls.citation(d, f), d, f));
                }
                // An AKN file is made from its page's parse: one document later, that parse is done and the
                // thread that takes the file does not wait for it (a thread that waits, on a busy machine,
                // loses the build half its share of the processors).
                if (previous != null) {
                    files.add(previous);
                }
                previous = new AknFile(urls.akn(d), d);
            }
        }
        if (previous != null) {
            files.add(previous);
        }
        for (ListingPage p : listings(browse)) {
            pages.add(p.url());
            files.add(p);
        }
        List<Document> newest = new ArrayList<>(graph.primaries());
        newest.sort(LinkGraph.BY_DATE_THEN_SYMBOL.reversed());
        files.add(new Feed(newest.subList(0, Math.min(FEED_SIZE, newest.size()))));
        assets.forEach(path -> files.add(new Asset(path)));
        pages.sort(null);
        files.add(new Sitemap(pages));
        return new SitePlan(files, urls, browse);
    }

    /** The same plan with more files (the search stage's), in the order given after this plan's. */
    public SitePlan with(List<PlannedFile> more) {
        List<PlannedFile> all = new ArrayList<>(files);
        all.addAll(more);
        return new SitePlan(all, urls, browse);
    }

    /** Home, the browse index, and for each facet its index and every page of every value. */
    private static List<ListingPage> listings(Browse browse) {
        List<ListingPage> out = new ArrayList<>();
        out.add(new ListingPage(SiteUrls.HOME, new Home()));
        out.add(new ListingPage(SiteUrls.BROWSE, new BrowseIndex()));
        for (Facet f : Facet.values()) {
            out.add(new ListingPage(SiteUrls.facetIndex(f), new FacetIndex(f)));
            for (FacetValue v : browse.values(f)) {
                for (int p = 1; p <= v.pages(); p++) {
                    out.add(new ListingPage(v.url(p), new FacetPage(v, p)));
                }
            }
        }
        return out;
    }
}
