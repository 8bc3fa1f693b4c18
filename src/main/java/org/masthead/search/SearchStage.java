package org.masthead.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Document;
import org.masthead.plan.PageUrl;
import org.masthead.plan.PlannedFile;
import org.masthead.plan.SitePlan;
import org.masthead.render.BodySource;

/**
 * The search stage, between plan and render: indexes every document's text and adds the search
 * page and the index's files to the plan. Which index files there are depends on the words of
 * the documents, so the files come made.
 */
public final class SearchStage {
    private SearchStage() {
    }

    /** The plan with the search page and every file of the index. */
    public static SitePlan addTo(SitePlan plan, List<Document> documents, BodySource bodies, Diagnostics diagnostics) {
        List<PlannedFile> files = new ArrayList<>();
        files.add(new PlannedFile.SearchPage(new PageUrl(SiteSearch.PAGE)));
        SiteSearch.files(documents, d -> plan.urls().document(d).path(), d -> body(bodies, d, diagnostics))
                .forEach((path, bytes) -> files.add(new PlannedFile.SearchIndexFile(path, bytes)));
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
