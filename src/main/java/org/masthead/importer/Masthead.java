package org.masthead.importer;

import java.time.LocalDate;
import java.util.List;

import org.masthead.model.Distribution;
import org.masthead.model.Symbol;

/**
 * What the masthead (or, for compiled resolutions, the heading) says. Any field but the symbol
 * may be null: what is not printed is not guessed.
 *
 * @param bodyStart index of the first body line in the input lines
 * @param skip      indexes of lines after {@code bodyStart} that belong to the masthead (a GA
 *                  resolution's numbered title line)
 */
record Masthead(Symbol symbol, int symbolLine, List<Symbol> also, boolean reissueMark,
                Distribution distribution, LocalDate date, int dateLine, String original,
                String session, List<String> agenda, String title, int titleLine,
                LocalDate adopted, int bodyStart, List<Integer> skip, boolean compiledResolution) {
}
