package techmatch.nlp.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds word n-grams that the segmenter splits but that behave as one term in the corpus: frequent, with high
 * pointwise mutual information between their parts (they co-occur far more often than chance) and high left and
 * right branching entropy (many different neighbours, so they are not a fragment of a longer unit). Classic
 * new-word discovery. Two passes over the same word runs: {@link #count} then {@link #context}.
 */
final class CohesiveNgramMiner {
    record Candidate(String term, List<String> parts, int count, int docs, double pmi, double leftEntropy,
                     double rightEntropy) {
    }

    private static final String EDGE = "\u0002";

    private final int maxWords;
    private final int maxChars;
    private final Map<String, Integer> unigram = new HashMap<>();
    /** n-gram key (words joined by U+0001) → {count, docs, lastDoc}. */
    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, Neighbours> contexts = new HashMap<>();

    private record Neighbours(Map<String, Integer> left, Map<String, Integer> right) {
        Neighbours() {
            this(new HashMap<>(), new HashMap<>());
        }
    }
    private long totalWords;
    private int doc;

    CohesiveNgramMiner(int maxWords, int maxChars) {
        this.maxWords = maxWords;
        this.maxChars = maxChars;
    }

    void nextDocument() {
        doc++;
    }

    /** Pass 1: counts of words and n-grams in one run of words. */
    void count(List<String> words) {
        totalWords += words.size();
        for (int i = 0; i < words.size(); i++) {
            unigram.merge(words.get(i), 1, Integer::sum);
            int chars = words.get(i).length();
            StringBuilder key = new StringBuilder(words.get(i));
            for (int n = 2; n <= maxWords && i + n <= words.size(); n++) {
                String w = words.get(i + n - 1);
                chars += w.length();
                if (chars > maxChars) {
                    break;
                }
                key.append('\u0001').append(w);
                int[] c = counts.computeIfAbsent(key.toString(), k -> new int[] {0, 0, -1});
                c[0]++;
                if (c[2] != doc) {
                    c[1]++;
                    c[2] = doc;
                }
            }
        }
    }

    /** Keeps only n-grams seen in at least {@code minDocs} documents (call between the passes). */
    void prune(int minDocs, int minChars) {
        counts.entrySet().removeIf(e -> e.getValue()[1] < minDocs);
        for (String key : counts.keySet()) {
            if (key.length() - countSeparators(key) >= minChars) {
                contexts.put(key, new Neighbours());
            }
        }
    }

    /** Pass 2: left and right neighbours of the surviving n-grams. */
    void context(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            StringBuilder key = new StringBuilder(words.get(i));
            int chars = words.get(i).length();
            for (int n = 2; n <= maxWords && i + n <= words.size(); n++) {
                String w = words.get(i + n - 1);
                chars += w.length();
                if (chars > maxChars) {
                    break;
                }
                key.append('\u0001').append(w);
                Neighbours ctx = contexts.get(key.toString());
                if (ctx != null) {
                    ctx.left().merge(i > 0 ? words.get(i - 1) : EDGE + i + "_" + doc, 1, Integer::sum);
                    ctx.right().merge(i + n < words.size() ? words.get(i + n) : EDGE + i + "_" + doc, 1, Integer::sum);
                }
            }
        }
    }

    /**
     * Candidates with PMI ≥ {@code minPmi} (natural log, weakest binary split of the n-gram) and both branching
     * entropies ≥ {@code minEntropy}, most documents first. Run edges count as distinct contexts.
     */
    List<Candidate> candidates(double minPmi, double minEntropy) {
        Map<String, Candidate> best = new HashMap<>();
        for (Map.Entry<String, Neighbours> e : contexts.entrySet()) {
            String key = e.getKey();
            String[] parts = key.split("\u0001");
            int[] c = counts.get(key);
            double pxy = (double) c[0] / totalWords;
            double pmi = Double.POSITIVE_INFINITY;
            for (int cut = 1; cut < parts.length; cut++) {
                pmi = Math.min(pmi, Math.log(pxy / (probability(parts, 0, cut) * probability(parts, cut, parts.length))));
            }
            double le = entropy(e.getValue().left());
            double re = entropy(e.getValue().right());
            if (pmi >= minPmi && Math.min(le, re) >= minEntropy) {
                String term = String.join("", parts);
                Candidate cand = new Candidate(term, List.of(parts), c[0], c[1], pmi, le, re);
                best.merge(term, cand, (a, b) -> a.docs() >= b.docs() ? a : b);
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt(Candidate::docs).reversed().thenComparing(Candidate::term));
        return out;
    }

    private double probability(String[] parts, int from, int to) {
        if (to - from == 1) {
            return (double) unigram.getOrDefault(parts[from], 1) / totalWords;
        }
        int[] c = counts.get(String.join("\u0001", java.util.Arrays.copyOfRange(parts, from, to)));
        // A pruned sub-n-gram was rarer than the pruning threshold; its own count is at least the whole's.
        return (double) (c == null ? 1 : c[0]) / totalWords;
    }

    private static int countSeparators(String key) {
        int n = 0;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '\u0001') {
                n++;
            }
        }
        return n;
    }

    private static double entropy(Map<String, Integer> counts) {
        double total = 0;
        for (int c : counts.values()) {
            total += c;
        }
        double h = 0;
        for (int c : counts.values()) {
            double p = c / total;
            h -= p * Math.log(p);
        }
        return h;
    }
}
