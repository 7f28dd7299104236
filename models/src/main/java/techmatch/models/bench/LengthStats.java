package techmatch.models.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import techmatch.models.ModelFiles;
import techmatch.models.ModelVariant;
import techmatch.models.NativeRuntime;

/**
 * Token-length distribution of the project's corpora under the bge-small-zh tokenizer (tokens include [CLS] and
 * [SEP]; text = title + description as the evaluation corpora define it), and how many passages
 * MEAN_OF_PASSAGES(overlap 64, max 8) makes at max length 512.
 *
 * <pre>java -cp ... techmatch.models.bench.LengthStats CACHE_DIR [--datasets DIR] [--field title+text|text]</pre>
 */
public final class LengthStats {

    private LengthStats() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        Path cache = Paths.get(a.positional(0, "CACHE_DIR"));
        Path datasets = Paths.get(a.option("datasets", "datasets"));
        boolean withTitle = !a.option("field", "title+text").equals("text");
        NativeRuntime.configure(cache);
        ModelFiles files = ModelFiles.extract(ModelVariant.INT8, cache);
        try (HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(files.tokenizer(),
                Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"))) {
            System.out.println("| corpus | texts | median | p90 | p99 | max | > 256 | > 512 | passages/text (>512 only) |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (Corpus c : Corpus.values()) {
                List<String> texts = c.read(datasets, withTitle);
                int[] n = new int[texts.size()];
                for (int from = 0; from < texts.size(); from += 256) {
                    List<String> part = texts.subList(from, Math.min(texts.size(), from + 256));
                    Encoding[] enc = tok.batchEncode(part);
                    for (int i = 0; i < enc.length; i++) {
                        n[from + i] = enc[i].getIds().length;
                    }
                }
                int[] sorted = n.clone();
                Arrays.sort(sorted);
                long over256 = Arrays.stream(n).filter(x -> x > 256).count();
                long over512 = Arrays.stream(n).filter(x -> x > 512).count();
                double passages = Arrays.stream(n).filter(x -> x > 512).map(LengthStats::passages).average()
                        .orElse(0);
                System.out.printf("| %s | %d | %d | %d | %d | %d | %.1f %% | %.1f %% | %.2f |%n", c.label(), n.length,
                        pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1],
                        100.0 * over256 / n.length, 100.0 * over512 / n.length, passages);
            }
        }
    }

    /** MEAN_OF_PASSAGES(64, 8) at 512: windows of 510 content tokens advancing by 446. */
    private static int passages(int tokens) {
        int content = tokens - 2;
        int window = 510;
        int stride = 446;
        return content <= window ? 1 : Math.min(8, 1 + (content - window + stride - 1) / stride);
    }

    private static int pct(int[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
