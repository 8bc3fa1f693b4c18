package org.masthead.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Document;
import org.masthead.plan.PageUrl;
import org.masthead.plan.PlannedFile;
import org.masthead.plan.SitePlan;
import org.masthead.render.BodySource;

/**
 * The search stage, between plan and render: indexes every document's text and adds the search
 * page and the index's files to the plan. Which index files there are depends on the words of
 * the documents, so they are decided here; their bytes are made when they are written.
 */
public final class SearchStage {
    private SearchStage() {
    }

    /** The plan with the search page and every file of the index. */
    public static SitePlan addTo(SitePlan plan, List<Document> documents, BodySource bodies, Diagnostics diagnostics) {
        Map<SearchDoc, Document> source = new IdentityHashMap<>(documents.size() * 2);
        for (Document d : documents) {
            source.put(SiteSearch.of(d, plan.urls().document(d).path(), ""), d);
        }
        SearchIndex.Texts texts = new SearchIndex.Texts() {
            @Override
            public String text(SearchDoc doc) {
                return SiteSearch.plainText(body(bodies, source.get(doc), diagnostics));
            }

            @Override
            public String version(SearchDoc doc) {
                return source.get(doc).contentHash();
            }
        };
        List<PlannedFile> files = new ArrayList<>();
        files.add(new PlannedFile.SearchPage(new PageUrl(SiteSearch.PAGE)));
        for (SearchIndex.IndexFile f : SearchIndex.files(new ArrayList<>(source.keySet()), texts, SearchIndex.SPILL_BYTES)) {
            files.add(new PlannedFile.SearchIndexFile(f.path(), f.key(), f.bytes()));
        }
        return plan.with(files);
    }

    private static String body(BodySource bodies, Document d, Diagnostics diagnostics) {
        try {
            return bodies.body(d);
        } catch (IOException e) {
            diagnostics.error(d.source(), 0, "cannot read the file again to index it: " + e.getMessage(), null);
            return "";
        }
    }
}
