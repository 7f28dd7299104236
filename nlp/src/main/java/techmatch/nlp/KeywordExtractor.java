package techmatch.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * TextRank over the analysed words of a text (boilerplate is already gone: the analyzer applies the stop list),
 * optionally multiplied by IDF so that generic words common to the whole corpus rank below specific terms.
 * Candidates are words of at least two characters that are not pure numbers. Thread-safe.
 */
public final class KeywordExtractor {
    private static final int WINDOW = 5;
    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 100;
    private static final double EPSILON = 1e-6;

    private final Function<String, List<String>> words;
    private final DocumentFrequencies df;

    /**
     * @param words gives the analysed words of a text in order (e.g. {@link TechAnalyzers#words})
     * @param df    document frequencies for IDF weighting, or {@code null} for plain TextRank
     */
    public KeywordExtractor(Function<String, List<String>> words, DocumentFrequencies df) {
        this.words = words;
        this.df = df;
    }

    public List<WeightedTerm> extract(String text, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be >= 0, got " + max);
        }
        List<String> seq = new ArrayList<>();
        for (String w : words.apply(text)) {
            if (isCandidate(w)) {
                seq.add(w);
            }
        }
        if (seq.isEmpty() || max == 0) {
            return List.of();
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String w : seq) {
            ids.putIfAbsent(w, ids.size());
        }
        int n = ids.size();
        List<Map<Integer, Double>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            edges.add(new HashMap<>());
        }
        for (int i = 0; i < seq.size(); i++) {
            int a = ids.get(seq.get(i));
            for (int j = i + 1; j < Math.min(seq.size(), i + WINDOW); j++) {
                int b = ids.get(seq.get(j));
                if (a != b) {
                    edges.get(a).merge(b, 1.0, Double::sum);
                    edges.get(b).merge(a, 1.0, Double::sum);
                }
            }
        }
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (double w : edges.get(i).values()) {
                outWeight[i] += w;
            }
        }
        double[] score = new double[n];
        java.util.Arrays.fill(score, 1.0);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] next = new double[n];
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (Map.Entry<Integer, Double> e : edges.get(i).entrySet()) {
                    int j = e.getKey();
                    sum += e.getValue() / outWeight[j] * score[j];
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
                delta = Math.max(delta, Math.abs(next[i] - score[i]));
            }
            score = next;
            if (delta < EPSILON) {
                break;
            }
        }
        List<String> terms = new ArrayList<>(ids.keySet());
        double[] weight = new double[n];
        double best = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = score[i] * (df == null ? 1 : df.idf(terms.get(i)));
            best = Math.max(best, weight[i]);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        final double[] w = weight;
        order.sort((x, y) -> w[y] != w[x] ? Double.compare(w[y], w[x]) : Integer.compare(x, y));
        List<WeightedTerm> out = new ArrayList<>(Math.min(max, n));
        for (int k = 0; k < Math.min(max, n); k++) {
            int i = order.get(k);
            out.add(new WeightedTerm(terms.get(i), best > 0 ? Math.min(1.0, weight[i] / best) : 0));
        }
        return out;
    }

    private static boolean isCandidate(String w) {
        if (w.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < w.length() && !letter; i++) {
            letter = Character.isLetter(w.charAt(i));
        }
        return letter;
    }
}
