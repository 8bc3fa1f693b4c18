package org.masthead.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The lines of {@code search/analysis.tsv}: the one specification of the analysis both sides are tested against. */
record AnalysisTable(List<Row> rows) {
    record Row(int line, String input, List<String> terms) {
    }

    static AnalysisTable load() {
        try (InputStream in = AnalysisTable.class.getResourceAsStream("/search/analysis.tsv")) {
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] cols = l.split("\t", -1);
                if (cols.length != 2) {
                    throw new IllegalStateException("analysis.tsv:" + (i + 1) + ": want input<TAB>terms");
                }
                rows.add(new Row(i + 1, cols[0], cols[1].isEmpty() ? List.of() : Arrays.asList(cols[1].split(" "))));
            }
            return new AnalysisTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
