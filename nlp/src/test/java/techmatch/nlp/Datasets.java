package techmatch.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import techmatch.nlp.build.JsonlReader;

/** Real records from the project's dataset copies (surefire runs in nlp/, so they are at ../datasets). */
final class Datasets {
    static final Path ROOT = Path.of("..", "datasets");

    private Datasets() {
    }

    /** The first sentence (split at 。；!?) of field {@code field} in {@code file} that contains {@code needle}. */
    static String sentenceContaining(String file, String field, String needle) {
        for (String text : texts(file, field, t -> t.contains(needle))) {
            for (String s : text.split("[。；！？!?\n]")) {
                if (s.contains(needle)) {
                    return s;
                }
            }
        }
        throw new AssertionError("no record of " + file + " has '" + needle + "' in " + field);
    }

    static List<String> texts(String file, String field, Predicate<String> filter) {
        List<String> out = new ArrayList<>();
        try {
            JsonlReader.forEach(ROOT.resolve(file), r -> {
                String t = JsonlReader.text(r, field);
                if (filter.test(t)) {
                    out.add(t);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<JsonNode> records(String file) {
        List<JsonNode> out = new ArrayList<>();
        try {
            JsonlReader.forEach(ROOT.resolve(file), out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
