package org.masthead.incremental;

import java.nio.file.Path;

import org.masthead.diag.Diagnostics;
import org.masthead.link.LinkGraph;
import org.masthead.plan.SitePlan;
import org.masthead.read.ReadCache;
import org.masthead.render.RenderedSite;
import org.masthead.render.Templates;
import org.masthead.scan.ContentFiles;
import org.masthead.write.KeyedSite;
import org.masthead.write.Written;

/**
 * Incremental building, the one thing the orchestrator asks about it: is the site as it was,
 * what did each file give last time, and what is each output made from. The stages know
 * nothing of it. State lives beside the output folder: the document cache in
 * {@code .<out>.cache/}, the keys of the live site's files in its manifest (see the write stage).
 */
public interface Incremental {

    /** The state kept beside {@code out}, for a build with these templates and options (each as text) and this code. */
    static Incremental beside(Path out, Templates templates, String... options) {
        String[] parts = new String[options.length + 2];
        parts[0] = CodeVersion.get();
        parts[1] = Fingerprint.of(templates);
        System.arraycopy(options, 0, parts, 2, options.length);
        return new KeptBeside(out, Keys.of(parts));
    }

    /** True when the live site was built from these very files (paths, sizes, times), templates, options and code. */
    boolean unchanged(ContentFiles files);

    /** What each file gave last time, for the read stage. */
    ReadCache documents();

    /** Every rendered file with the key of what it is made from, and the key of all the inputs. */
    KeyedSite keys(LinkGraph graph, SitePlan plan, RenderedSite site);

    /** Keeps what this build read for the next one, once the site is written. */
    void keep(Written written, Diagnostics diagnostics);
}
