package org.masthead.read;

/** The opening words of a body as plain text, for meta descriptions and document lists. */
final class Summary {
    private static final int LIMIT = 220;

    private Summary() {
    }

    static String of(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String raw : markdown.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (out.length() > 0) {
                    break;
                }
                continue;
            }
            if (line.startsWith("#") || line.startsWith("|") || line.startsWith("[^")) {
                if (out.length() > 0) {
                    break;
                }
                continue;
            }
            out.append(out.length() > 0 ? " " : "").append(line);
            if (out.length() > LIMIT) {
                break;
            }
        }
        String plain = out.toString()
                .replaceAll("\\[\\^[^\\]]*\\]", "")
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("[*_`\\\\]", "")
                .replaceAll("<[^>]*>", "")
                .replaceAll("\\s+", " ")
                .strip();
        if (plain.length() <= LIMIT) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', LIMIT);
        return plain.substring(0, cut > 0 ? cut : LIMIT) + "…";
    }
}
