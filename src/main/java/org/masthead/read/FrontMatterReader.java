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

import org.masthead.diag.Diagnostics;

/**
 * Parses front-matter YAML into a map of top-level keys, each with the file line it stands on,
 * so that later checks can point at the right line. Uses Jackson's streaming parser: flexmark's
 * YAML extension would give flat strings only.
 */
final class FrontMatterReader {

    /** A top-level value and the file line of its key. */
    record Entry(JsonNode value, int line) {
    }

    private final ObjectMapper mapper = new YAMLMapper();
    private final YAMLFactory factory = (YAMLFactory) mapper.getFactory();

    /**
     * @param firstLine the file line of the YAML's first line (2 after an opening {@code ---})
     * @return the entries in file order, or null when the YAML cannot be read (an error is reported)
     */
    Map<String, Entry> read(String yaml, Path file, int firstLine, Diagnostics diagnostics) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (JsonParser p = factory.createParser(yaml)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return entries;
            }
            if (first != JsonToken.START_OBJECT) {
                diagnostics.error(file, firstLine, "front matter must be a map of keys (symbol: ..., title: ...)",
                        "write one 'key: value' per line between the --- lines");
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = firstLine - 1 + p.currentTokenLocation().getLineNr();
                // A string, the common case, is taken as it is: readTree would give the same TextNode
                // after setting up a deserialization for every key.
                JsonNode value = p.nextToken() == JsonToken.VALUE_STRING ? TextNode.valueOf(p.getText()) : mapper.readTree(p);
                if (entries.containsKey(key)) {
                    diagnostics.error(file, line, "key '" + key + "' appears twice (first on line "
                            + entries.get(key).line() + ")", "keep one of them");
                    continue;
                }
                entries.put(key, new Entry(value, line));
            }
            return entries;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? firstLine : firstLine - 1 + Math.max(loc.getLineNr(), 1);
            diagnostics.error(file, line, "malformed YAML in front matter: " + e.getOriginalMessage(),
                    "check indentation and quote values that contain ':' or start with '[', '{', '*' or '&'");
            return null;
        } catch (IOException e) {
            diagnostics.error(file, firstLine, "cannot read front matter: " + e.getMessage(), null);
            return null;
        }
    }
}
