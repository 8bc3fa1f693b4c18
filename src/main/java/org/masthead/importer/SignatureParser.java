package org.masthead.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.model.Signatory;

/**
 * Reads a {@code (Signed)} block: the name on the same line (or, on old mastheads, a line or two
 * below), then the role lines printed under it, down to a blank line, a page break or the next
 * signature.
 */
final class SignatureParser {

    static final Pattern SIGNED = Pattern.compile("\\(Signed\\)\\s*(.*)");
    private static final Pattern CONNECTOR = Pattern.compile(
            ".*\\b(?:of|the|to|and|for|on|in|from|by|with|at|a|an|pursuant|concerning|established)$|.*[,\\-]$");

    private static final Pattern COUNTRY = Pattern.compile("(.*\\S)\\s*\\(([^()]+)\\)");

    /** A signatory, the printed lines of the block, and the index after it. */
    record Block(Signatory signatory, List<String> printed, int next) {
    }

    private SignatureParser() {
    }

    static Block read(List<Line> lines, int start) {
        String name = clean(SIGNED.matcher(lines.get(start).text().strip()).replaceFirst("$1"));
        int i = start + 1;
        if (name.isEmpty()) {
            int j = i;
            while (j < lines.size() && j < i + 3 && lines.get(j).blank()) {
                j++;
            }
            if (j < lines.size() && !lines.get(j).blank() && !SIGNED.matcher(lines.get(j).text().strip()).matches()) {
                name = clean(lines.get(j).text());
                i = j + 1;
            }
        }
        // "Karl F. INDERFURTH (United States" / "of America)": the name goes on.
        while (count(name, '(') > count(name, ')') && i < lines.size() && !lines.get(i).blank()) {
            name = name + " " + clean(lines.get(i).text());
            i++;
        }
        List<String> roles = new ArrayList<>();
        while (i < lines.size()) {
            Line l = lines.get(i);
            String s = l.text().strip();
            if (s.isEmpty() || l.pageStart() || SIGNED.matcher(s).matches() || s.length() > TitleReader.MAX_TITLE_LINE
                    || s.startsWith("#") || TitleReader.startsBody(s) && !s.matches("\\(.*\\)")) {
                break;
            }
            roles.add(s);
            i++;
        }
        List<String> printed = new ArrayList<>();
        printed.add(name.isEmpty() ? "(Signed)" : "(Signed) " + name);
        printed.addAll(roles);
        // "Karel KOVANDA (Czech Republic)": the country a member signs for is part of the role, not the name.
        Matcher country = COUNTRY.matcher(name);
        List<String> role = new ArrayList<>(roles);
        if (country.matches()) {
            name = country.group(1);
            role.add(country.group(2));
        }
        return new Block(new Signatory(name.isEmpty() ? null : name, role(role)), printed, i);
    }

    private static String role(List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        String prev = null;
        for (String raw : lines) {
            String s = raw.matches("\\(.*\\)") ? raw.substring(1, raw.length() - 1).strip() : raw;
            if (prev != null) {
                boolean continues = CONNECTOR.matcher(prev).matches() || Character.isLowerCase(s.charAt(0));
                sb.append(continues ? " " : ", ");
            }
            sb.append(s);
            prev = s;
        }
        return sb.toString();
    }

    /** Drops Markdown emphasis left by the PDF conversion ({@code Abdoulaye **Diop**}). */
    private static String clean(String s) {
        return s.replace("**", "").replace("__", "").strip();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
