package org.masthead.fuzz;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property runner on plain JUnit: makes {@code tries} inputs from a seeded random
 * source and checks a property on each; a failure names the seed, the try and the input (as a
 * Java string literal), to be kept as a regular test. The seed is fixed, so CI runs the same
 * inputs every time; {@code -Dmasthead.fuzz.seed=N} and {@code -Dmasthead.fuzz.tries=N} explore
 * further (a long run: {@code mvn test -Dtest='*FuzzTest' -Dmasthead.fuzz.tries=200000}).
 */
final class Fuzz {
    private Fuzz() {
    }

    static long seed() {
        return Long.getLong("masthead.fuzz.seed", 20261129L);
    }

    /** The tries of a property: its own default, or the number asked for on the command line. */
    static int tries(int usual) {
        return Integer.getInteger("masthead.fuzz.tries", usual);
    }

    /** Runs the property over inputs made by {@code make}; returns how many ran. */
    static int check(String name, int tries, Function<Random, String> make, Consumer<String> property) {
        long seed = seed() ^ name.hashCode();
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            String input = make.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                throw new AssertionError(name + ": try " + i + " of seed " + seed() + " failed on " + literal(input)
                        + ": " + e, e);
            }
        }
        return tries;
    }

    /** The input as a Java string literal, to paste into a regular test. */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
