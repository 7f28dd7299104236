package techmatch.models.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import techmatch.models.internal.Json;

/**
 * The project's text collections as the matcher embeds them: title and description joined by a newline (which the
 * tokenizer drops), as datasets/eval/README.md defines the corpora.
 */
public enum Corpus {
    JISHU_ACHIEVEMENTS("51jishu achievements", "51jishu/achievements.jsonl", "name", "context"),
    JISHU_DEMANDS("51jishu demands", "51jishu/demands.jsonl", "name", "context"),
    CHINAXIV("chinaxiv abstracts", "chinaxiv/abstracts.jsonl", "title", "abstract"),
    CSL("csl papers", "csl/papers.jsonl", "title", "abstract"),
    HAIYAN("haiyan demands", "haiyan/demands.jsonl", "title", "detail");

    private final String label;
    private final String file;
    private final String titleField;
    private final String textField;

    Corpus(String label, String file, String titleField, String textField) {
        this.label = label;
        this.file = file;
        this.titleField = titleField;
        this.textField = textField;
    }

    public String label() {
        return label;
    }

    /** Title + "\n" + description of every record, in file order. */
    public List<String> read(Path datasets) throws IOException {
        return read(datasets, true);
    }

    /** Description only when {@code withTitle} is false. */
    public List<String> read(Path datasets, boolean withTitle) throws IOException {
        Path path = datasets.resolve(file);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> rec;
                try {
                    rec = Json.parseObject(line);
                } catch (IllegalArgumentException e) {
                    throw new IOException(path + " line " + lineNo + ": " + e.getMessage(), e);
                }
                String text = field(rec, textField);
                out.add(withTitle ? field(rec, titleField) + "\n" + text : text);
            }
        }
        return out;
    }

    private static String field(Map<String, Object> rec, String name) {
        Object v = rec.get(name);
        return v == null ? "" : v.toString();
    }
}
