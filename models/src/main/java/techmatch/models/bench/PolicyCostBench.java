package techmatch.models.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import techmatch.models.EmbedderConfig;
import techmatch.models.EmbedderStats;
import techmatch.models.Embedders;
import techmatch.models.LongTextPolicy;
import techmatch.models.ModelVariant;
import techmatch.models.OnnxEmbedder;
import techmatch.models.Vectors;

/**
 * What each long-text policy costs on real corpora: passages, tokens and wall time to embed the first N texts of each
 * corpus, and how far MEAN_OF_PASSAGES moves the vectors of long texts away from TRUNCATE (cosine). Retrieval quality
 * is measured by the matcher's evaluation, not here.
 *
 * <pre>
 * java -cp ... techmatch.models.bench.PolicyCostBench CACHE_DIR [--datasets DIR] [--limit N] [--variant int8]
 *      [--policies truncate,mean-of-passages] [--corpora JISHU_ACHIEVEMENTS,CHINAXIV]
 * </pre>
 */
public final class PolicyCostBench {

    private PolicyCostBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        Path cache = Paths.get(a.positional(0, "CACHE_DIR"));
        Path datasets = Paths.get(a.option("datasets", "datasets"));
        int limit = Integer.parseInt(a.option("limit", "1000"));
        ModelVariant variant = ModelVariant.parse(a.option("variant", "int8"));
        List<LongTextPolicy> policies = new ArrayList<>();
        for (String p : a.option("policies", "truncate,mean-of-passages").split(",(?![^(]*\\))")) {
            policies.add(LongTextPolicy.parse(p));
        }
        List<Corpus> corpora = new ArrayList<>();
        for (String c : a.option("corpora", "JISHU_ACHIEVEMENTS,CHINAXIV,HAIYAN").split(",")) {
            corpora.add(Corpus.valueOf(c.trim()));
        }
        System.out.printf("%s, %d cores, first %d texts of each corpus%n", variant.label(),
                Runtime.getRuntime().availableProcessors(), limit);
        System.out.println("| corpus | policy | texts | passages | tokens | seconds | texts/s | cost vs truncate "
                + "| cosine to truncate, long texts: median / min |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Corpus c : corpora) {
            List<String> all = c.read(datasets);
            List<String> texts = all.subList(0, Math.min(limit, all.size()));
            List<float[]> reference = null;
            int[] tokenCounts = null;
            double truncateSeconds = 0;
            for (LongTextPolicy p : policies) {
                EmbedderConfig config = EmbedderConfig.builder(cache).variant(variant).longTextPolicy(p).build();
                try (OnnxEmbedder e = Embedders.open(config)) {
                    if (tokenCounts == null) {
                        tokenCounts = e.tokenCounts(texts);
                    }
                    long t0 = System.nanoTime();
                    List<float[]> v = e.embedAll(texts);
                    double secs = (System.nanoTime() - t0) / 1e9;
                    EmbedderStats s = e.stats();
                    String agreement = "";
                    if (p.kind() == LongTextPolicy.Kind.TRUNCATE) {
                        reference = v;
                        truncateSeconds = secs;
                    } else if (reference != null) {
                        List<Double> cos = new ArrayList<>();
                        for (int i = 0; i < texts.size(); i++) {
                            if (tokenCounts[i] > config.maxLength()) {
                                cos.add(Vectors.dot(reference.get(i), v.get(i)));
                            }
                        }
                        double[] sorted = cos.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                        agreement = sorted.length == 0 ? "no long texts"
                                : String.format("%.3f / %.3f (%d texts)", sorted[sorted.length / 2], sorted[0],
                                        sorted.length);
                    }
                    System.out.printf("| %s | %s | %d | %d | %d | %.1f | %.0f | %s | %s |%n", c.label(), p.label(),
                            texts.size(), s.passages(), s.tokens(), secs, texts.size() / secs,
                            truncateSeconds > 0 ? String.format("%.2fx", secs / truncateSeconds) : "",
                            agreement);
                }
            }
        }
        System.out.println("load: " + Arrays.toString(new double[] {loadAverage()}));
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
