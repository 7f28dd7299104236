package techmatch.core.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import techmatch.core.record.Achievement;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.IpKind;
import techmatch.core.record.Listing;
import techmatch.core.text.KeyTerm;

/**
 * The rerank features of a candidate, each scaled to [0, 1] so that learned weights compare. Retrieval scores are
 * scaled by the best candidate of the same query; record features compare the two listings' metadata and stay at a
 * neutral 0 when either side does not say.
 */
final class Features {

  static final String FUSED = "fused";
  static final String COSINE = "cosine";
  static final String BM25_TITLE = "bm25_title";
  static final String BM25_BODY = "bm25_body";
  static final String KEYWORD_RANK = "keyword_rank";
  static final String VECTOR_RANK = "vector_rank";
  static final String KEY_OVERLAP = "key_overlap";
  static final String INDUSTRY = "industry_match";
  static final String AREA = "area_match";
  static final String COOPERATION = "cooperation_match";
  static final String MATURITY = "maturity";
  static final String PAPER = "paper";
  static final String SHORT = "short_text";
  static final String QUERY_TITLE = "query_title_bm25";
  static final String FEEDBACK = "feedback_cosine";
  static final String TITLE_TITLE = "title_cosine";
  static final String QUERY_TITLE_COSINE = "query_title_cosine";
  static final String RESULT_TITLE_COSINE = "result_title_cosine";
  static final String SHARED_TERMS = "shared_terms";

  static final List<String> ALL = List.of(FUSED, COSINE, BM25_TITLE, BM25_BODY, KEYWORD_RANK, VECTOR_RANK,
      KEY_OVERLAP, INDUSTRY, AREA, COOPERATION, MATURITY, PAPER, SHORT, QUERY_TITLE, FEEDBACK, TITLE_TITLE,
      QUERY_TITLE_COSINE, RESULT_TITLE_COSINE, SHARED_TERMS);

  /** How many of the best fused candidates the pseudo-relevance feedback vector averages. */
  static final int FEEDBACK_DOCS = 3;
  /** Weight of their mean against the query vector. */
  static final double FEEDBACK_WEIGHT = 0.5;

  private Features() {}

  /**
   * @param queryTitleScores BM25 of each candidate against the query's title alone (the short statement of the need)
   */
  static void compute(QuerySide query, List<Candidate> candidates, java.util.Map<String, Double> queryTitleScores) {
    double maxQueryTitle = 0;
    for (double v : queryTitleScores.values()) {
      maxQueryTitle = Math.max(maxQueryTitle, v);
    }
    float[] feedback = feedbackVector(query.vector(), candidates);
    double maxFused = Double.NEGATIVE_INFINITY;
    double minFused = Double.POSITIVE_INFINITY;
    double maxTitle = 0;
    double maxBody = 0;
    for (Candidate c : candidates) {
      maxFused = Math.max(maxFused, c.fused);
      minFused = Math.min(minFused, c.fused);
      maxTitle = Math.max(maxTitle, c.bm25Title);
      maxBody = Math.max(maxBody, c.bm25Body);
    }
    Map<String, Double> queryTerms = weights(query.keyTerms());
    double queryNorm = norm(queryTerms);
    for (Candidate c : candidates) {
      Map<String, Double> f = new LinkedHashMap<>();
      f.put(FUSED, maxFused > minFused ? (c.fused - minFused) / (maxFused - minFused) : 1.0);
      f.put(COSINE, clip(c.cosine == null ? 0 : c.cosine));
      f.put(BM25_TITLE, maxTitle > 0 ? c.bm25Title / maxTitle : 0);
      f.put(BM25_BODY, maxBody > 0 ? c.bm25Body / maxBody : 0);
      f.put(KEYWORD_RANK, (double) Fusion.RRF_K / (Fusion.RRF_K + c.bm25VirtualRank - 1));
      f.put(VECTOR_RANK, (double) Fusion.RRF_K / (Fusion.RRF_K + c.denseVirtualRank - 1));
      Listing l = c.stored.listing();
      f.put(KEY_OVERLAP, overlap(queryTerms, queryNorm, c.stored.keyTerms()));
      f.put(INDUSTRY, query.listing() == null ? 0 : industry(query.listing().industries(), l.industries()));
      f.put(AREA, query.listing() == null ? 0 : area(query.listing().technologyAreas(), l.technologyAreas()));
      f.put(COOPERATION, query.listing() == null ? 0
          : cooperation(query.listing().cooperationModes(), l.cooperationModes()));
      f.put(MATURITY, l instanceof Achievement a && a.maturity() != null ? a.maturity().level() / 6.0 : 0.0);
      f.put(PAPER, l instanceof Achievement a && a.ipKind() == IpKind.PAPER ? 1.0 : 0.0);
      f.put(SHORT, Math.max(0, 1 - l.description().length() / 200.0));
      double qt = queryTitleScores.getOrDefault(c.id, 0.0);
      f.put(QUERY_TITLE, maxQueryTitle > 0 ? qt / maxQueryTitle : 0);
      f.put(FEEDBACK, clip(feedback == null || c.vector == null ? 0 : DuplicateGrouper.dot(feedback, c.vector)));
      float[] resultTitle = c.stored.titleVector();
      f.put(TITLE_TITLE, clip(DuplicateGrouper.dot(query.titleVector(), resultTitle)));
      f.put(QUERY_TITLE_COSINE, clip(DuplicateGrouper.dot(query.titleVector(), c.vector)));
      f.put(RESULT_TITLE_COSINE, clip(DuplicateGrouper.dot(query.vector(), resultTitle)));
      f.put(SHARED_TERMS, sharedTermShare(query.keyTerms(), l));
      c.features = f;
    }
  }

  /**
   * The query vector moved toward the mean of the best fused candidates (Rocchio pseudo-relevance feedback): what the
   * top of the list agrees on, which a long query's own vector may blur.
   */
  static float[] feedbackVector(float[] query, List<Candidate> candidates) {
    if (query == null) {
      return null;
    }
    List<Candidate> best = candidates.stream().filter(c -> c.vector != null)
        .sorted(java.util.Comparator.comparingDouble((Candidate c) -> -c.fused).thenComparing(c -> c.id))
        .limit(FEEDBACK_DOCS).toList();
    if (best.isEmpty()) {
      return null;
    }
    double[] sum = new double[query.length];
    for (int i = 0; i < query.length; i++) {
      sum[i] = query[i];
    }
    for (Candidate c : best) {
      for (int i = 0; i < query.length; i++) {
        sum[i] += FEEDBACK_WEIGHT * c.vector[i] / best.size();
      }
    }
    double norm = 0;
    for (double v : sum) {
      norm += v * v;
    }
    float[] out = new float[query.length];
    for (int i = 0; i < query.length; i++) {
      out[i] = (float) (sum[i] / Math.sqrt(norm));
    }
    return out;
  }

  private static double clip(double v) {
    return Math.max(0, Math.min(1, v));
  }

  static Map<String, Double> weights(List<KeyTerm> terms) {
    Map<String, Double> w = new HashMap<>();
    terms.forEach(t -> w.merge(t.term(), t.weight(), Double::sum));
    return w;
  }

  static double norm(Map<String, Double> w) {
    double s = 0;
    for (double v : w.values()) {
      s += v * v;
    }
    return Math.sqrt(s);
  }

  /**
   * The weighted share of the query's key terms that occur in the result's text: the shared terms the explanation
   * shows a broker, used as evidence too.
   */
  static double sharedTermShare(List<KeyTerm> queryTerms, Listing result) {
    double total = 0;
    double found = 0;
    String text = searchable(result);
    for (KeyTerm t : queryTerms) {
      total += t.weight();
      if (occursIn(text, t.term())) {
        found += t.weight();
      }
    }
    return total > 0 ? found / total : 0;
  }

  /** A listing's title and description as {@link #occursIn} searches them. */
  static String searchable(Listing l) {
    return (l.title() + "\n" + l.description()).toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether a key term occurs in a text made by {@link #searchable}; the rule for "shared" everywhere. */
  static boolean occursIn(String searchableText, String term) {
    return searchableText.contains(term.toLowerCase(java.util.Locale.ROOT));
  }

  /** Cosine between the two sides' key-term weight vectors. */
  static double overlap(Map<String, Double> query, double queryNorm, List<KeyTerm> result) {
    if (queryNorm == 0 || result.isEmpty()) {
      return 0;
    }
    double dot = 0;
    double resultSq = 0;
    for (KeyTerm t : result) {
      resultSq += t.weight() * t.weight();
      Double q = query.get(t.term());
      if (q != null) {
        dot += q * t.weight();
      }
    }
    return resultSq == 0 ? 0 : dot / (queryNorm * Math.sqrt(resultSq));
  }

  /** 1 when the two share a division, 0.5 when they share only a section, 0 otherwise or when either is unknown. */
  static double industry(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    for (String x : a) {
      if (x.length() > 1 && b.contains(x)) {
        return 1;
      }
    }
    Set<String> sections = new HashSet<>();
    a.forEach(x -> sections.add(x.substring(0, 1)));
    return b.stream().anyMatch(x -> sections.contains(x.substring(0, 1))) ? 0.5 : 0;
  }

  /** 1 for the same area path, 0.5 for the same top-level area. */
  static double area(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double best = 0;
    for (String x : a) {
      for (String y : b) {
        if (x.equals(y)) {
          return 1;
        }
        if (top(x).equals(top(y))) {
          best = 0.5;
        }
      }
    }
    return best;
  }

  private static String top(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }

  /** 1 when both sides name a concrete mode (not 其他) in common. */
  static double cooperation(List<CooperationMode> a, List<CooperationMode> b) {
    for (CooperationMode m : a) {
      if (m != CooperationMode.OTHER && b.contains(m)) {
        return 1;
      }
    }
    return 0;
  }
}
