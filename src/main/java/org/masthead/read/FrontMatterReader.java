package org.masthead.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.masthead.diag.Diagnostics;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses front-matter YAML into a map of top-level keys, each with the file line it stands on,
 * so that later checks can point at the right line. Uses Jackson's streaming parser: flexmark's
 * YAML extension would give flat strings only.
 */
final class FrontMatterReader {

    /**
     * A top-level value, the file line of its key, and the column its value starts at when it
     * stands on that line (else 1), so that a complaint about a value points at the value.
     */
    record Entry(JsonNode value, int line, int column) {
    }

    private static final String HINT = "check indentation and quote values that contain ':' or start with '[', '{', '*' or '&'";

    private final ObjectMapper mapper = new YAMLMapper();
    private final YAMLFactory factory = (YAMLFactory) mapper.getFactory();

    /**
     * @param firstLine the file line of the YAML's first line (2 after an opening {@code ---})
     * @return the entries in file order, or empty when the YAML cannot be read (an error is reported)
     */
    Optional<Map<String, Entry>> read(String yaml, Path file, int firstLine, Diagnostics diagnostics) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (JsonParser p = factory.createParser(yaml)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return Optional.of(entries);
            }
            if (first != JsonToken.START_OBJECT) {
                diagnostics.error(file, firstLine, "front matter must be a map of keys (symbol: ..., title: ...)",
                        "write one 'key: value' per line between the --- lines");
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                int line = firstLine - 1 + keyLine;
                JsonToken token = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                int column = at.getLineNr() == keyLine ? Math.max(at.getColumnNr(), 1) : 1;
                // A string, the common case, is taken as it is: readTree would give the same TextNode
                // after setting up a deserialization for every key.
                JsonNode value = token == JsonToken.VALUE_STRING ? TextNode.valueOf(p.getText()) : mapper.readTree(p);
                if (entries.containsKey(key)) {
                    diagnostics.error(file, line, "key '" + key + "' appears twice (first on line "
                            + entries.get(key).line() + ")", "keep one of them");
                    continue;
                }
                entries.put(key, new Entry(value, line, column));
            }
            return Optional.of(entries);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException y && (y.getProblemMark() != null || y.getContextMark() != null)) {
                reportYamlError(y, yaml, file, firstLine, diagnostics);
            } else {
                JsonLocation loc = e.getLocation();
                int line = loc == null ? firstLine : firstLine - 1 + Math.max(loc.getLineNr(), 1);
                diagnostics.error(file, line, Math.max(loc == null ? 1 : loc.getColumnNr(), 1),
                        "malformed YAML in front matter: " + e.getOriginalMessage(), HINT);
            }
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(file, firstLine, "cannot read front matter: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /**
     * SnakeYAML's own message spans several lines and counts lines from the start of the YAML,
     * not of the file. This reports one line at the file's line and column: where the problem
     * is, or, when it is only noticed at the end of the front matter (an unclosed quote or
     * bracket), where the unfinished construct starts.
     */
    private static void reportYamlError(MarkedYAMLException y, String yaml, Path file, int firstLine,
            Diagnostics diagnostics) {
        Mark problem = y.getProblemMark();
        Mark context = y.getContextMark();
        boolean atEnd = problem == null || problem.getIndex() >= yaml.stripTrailing().length();
        Mark at = atEnd && context != null ? context : problem != null ? problem : context;
        StringBuilder message = new StringBuilder("malformed YAML in front matter: ");
        message.append(plain(y.getProblem() != null ? y.getProblem() : "cannot be read"));
        if (y.getContext() != null) {
            message.append(" (").append(plain(y.getContext()));
            if (at == context) {
                message.append(" that starts here");
            } else if (context != null) {
                message.append(" that starts on line ").append(firstLine + context.getLine());
            }
            message.append(')');
        }
        diagnostics.error(file, firstLine + at.getLine(), at.getColumn() + 1, message.toString(), HINT);
    }

    /** SnakeYAML's words for the end of its input, in the reader's terms. */
    private static String plain(String snakeYaml) {
        return snakeYaml.replace("<stream end>", "the end of the front matter")
                .replace("end of stream", "end of the front matter").strip();
    }
}
