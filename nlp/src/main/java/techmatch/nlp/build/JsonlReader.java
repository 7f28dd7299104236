package techmatch.nlp.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads JSON Lines generically: one object per line, fields looked up by name. Knows nothing of what the
 * records are. A malformed line is an error naming the file and line.
 */
public final class JsonlReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlReader() {
    }

    public static void forEach(Path file, Consumer<JsonNode> consumer) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(file + " line " + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
                }
                if (!node.isObject()) {
                    throw new IOException(file + " line " + lineNo + ": expected a JSON object");
                }
                consumer.accept(node);
            }
        }
    }

    /** Reads a whole JSON document (for files such as technical-areas.json). */
    public static JsonNode readDocument(Path file) throws IOException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The text of a field: a string as is, an array's strings joined by a space, absent/null as "". */
    public static String text(JsonNode record, String field) {
        JsonNode v = record.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join(" ", parts);
        }
        return v.asText();
    }

    /** A field's values: each string of an array, or the single string; absent/null gives none. */
    public static List<String> values(JsonNode record, String field) {
        JsonNode v = record.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else {
            out.add(v.asText());
        }
        return out;
    }
}
