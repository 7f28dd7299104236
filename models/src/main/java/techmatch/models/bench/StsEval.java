package techmatch.models.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import techmatch.models.Embedder;
import techmatch.models.EmbedderConfig;
import techmatch.models.Embedders;
import techmatch.models.ModelVariant;
import techmatch.models.OnnxEmbedder;
import techmatch.models.Vectors;

/**
 * Spearman correlation between cosine similarity and the human grade on a Chinese STS-B file
 * (sentence1 TAB sentence2 TAB grade), no instruction prefix.
 *
 * <pre>java -cp ... techmatch.models.bench.StsEval CACHE_DIR [STS_TSV]</pre>
 */
public final class StsEval {

    /** Sentence pairs with grades. */
    public record Pairs(List<String> first, List<String> second, double[] grades) {
    }

    private StsEval() {
    }

    public static Pairs read(Path tsv) throws IOException {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<Double> g = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IOException(tsv + " line " + lineNo + ": expected 3 tab-separated fields, got " + f.length);
            }
            a.add(f[0]);
            b.add(f[1]);
            try {
                g.add(Double.parseDouble(f[2].trim()));
            } catch (NumberFormatException e) {
                throw new IOException(tsv + " line " + lineNo + ": grade '" + f[2] + "' is not a number", e);
            }
        }
        return new Pairs(a, b, g.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Embeds the distinct sentences in one {@link Embedder#embedAll} call and scores every pair. */
    public static double spearman(Embedder embedder, Pairs pairs) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String s : pairs.first()) {
            index.putIfAbsent(s, index.size());
        }
        for (String s : pairs.second()) {
            index.putIfAbsent(s, index.size());
        }
        List<float[]> vectors = embedder.embedAll(new ArrayList<>(index.keySet()));
        double[] cos = new double[pairs.grades().length];
        for (int i = 0; i < cos.length; i++) {
            cos[i] = Vectors.dot(vectors.get(index.get(pairs.first().get(i))),
                    vectors.get(index.get(pairs.second().get(i))));
        }
        return Spearman.correlation(cos, pairs.grades());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: StsEval CACHE_DIR [STS_TSV]");
            System.exit(2);
        }
        Path cache = Paths.get(args[0]);
        Path tsv = Paths.get(args.length > 1 ? args[1] : "datasets/sts-zh/sts-b-test.tsv");
        Pairs pairs = read(tsv);
        System.out.printf("| variant | pairs | Spearman | reference | seconds |%n|---|---|---|---|---|%n");
        for (ModelVariant v : ModelVariant.values()) {
            try (OnnxEmbedder e = Embedders.open(EmbedderConfig.builder(cache).variant(v).build())) {
                long t0 = System.nanoTime();
                double rho = spearman(e, pairs);
                System.out.printf("| %s | %d | %.4f | %s | %.1f |%n", v.label(), pairs.grades().length, rho,
                        v == ModelVariant.FP32 ? "0.7673" : "0.7678", (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
