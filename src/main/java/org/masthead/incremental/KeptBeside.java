package org.masthead.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.masthead.diag.Diagnostics;
import org.masthead.link.LinkGraph;
import org.masthead.plan.SitePlan;
import org.masthead.read.ReadCache;
import org.masthead.render.RenderedSite;
import org.masthead.scan.ContentFiles;
import org.masthead.scan.SourceFile;
import org.masthead.write.KeyedSite;
import org.masthead.write.SiteWriter;
import org.masthead.write.Written;

/** Incremental state kept on disk beside the output folder, for one build. */
final class KeptBeside implements Incremental {
    private final Path out;
    private final String salt;
    private final Path cacheFile;
    /** Loaded when the read stage first asks: an unchanged site never needs it, and loading costs. */
    private Optional<DocumentCache> cache = Optional.empty();
    /** The key of this build's inputs, once {@link #unchanged} has looked at them. */
    private Optional<String> inputs = Optional.empty();

    KeptBeside(Path out, String salt) {
        this.out = out;
        this.salt = salt;
        this.cacheFile = DocumentCache.fileBeside(out);
    }

    @Override
    public boolean unchanged(ContentFiles files) {
        inputs = inputsKey(files.files());
        return inputs.isPresent() && inputs.equals(SiteWriter.liveInputs(out));
    }

    @Override
    public ReadCache documents() {
        if (cache.isEmpty()) {
            cache = Optional.of(DocumentCache.load(cacheFile, CodeVersion.get()));
        }
        return cache.get();
    }

    @Override
    public KeyedSite keys(LinkGraph graph, SitePlan plan, RenderedSite site) {
        return new KeyedSite(new OutputKeys(salt, graph, plan.urls()).of(site), inputs);
    }

    @Override
    public void keep(Written written, Diagnostics diagnostics) {
        if (!written.ok() || cache.isEmpty() || !cache.get().dirty()) {
            return;
        }
        try {
            cache.get().save(cacheFile, CodeVersion.get());
        } catch (IOException e) {
            diagnostics.error(out, 0, "the site is written, but the build cache could not be saved: " + e, null);
        }
    }

    /** A key of every input at once: the build's salt and each file's path, size and time; none if one cannot be read. */
    private Optional<String> inputsKey(List<SourceFile> files) {
        List<Optional<String>> stats = files.parallelStream().map(KeptBeside::stat).toList();
        if (stats.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        Hashes.Hasher h = Hashes.hasher().put(salt);
        stats.forEach(s -> h.put(s.get()));
        return Optional.of(h.hex());
    }

    private static Optional<String> stat(SourceFile f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f.path(), BasicFileAttributes.class);
            return Optional.of(f.relativePath() + "\u0000" + a.size() + "\u0000"
                    + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
