package techmatch.core.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds results that are the same item posted more than once (the same patent listed twice on a platform, a preprint
 * uploaded again) into the best-ranked of them. Two results are the same item when their titles are the same once
 * punctuation and spaces are ignored and their vectors agree, or when their vectors are nearly identical and their
 * titles largely overlap.
 */
final class DuplicateGrouper {

  /** Same title: the texts may describe the item differently, so the vectors need only broadly agree. */
  static final double SAME_TITLE_COSINE = 0.85;
  static final double SIMILAR_TITLE_DICE = 0.5;

  private final double nearIdenticalCosine;

  DuplicateGrouper(double nearIdenticalCosine) {
    this.nearIdenticalCosine = nearIdenticalCosine;
  }

  /** The representatives in ranked order, each with the ids folded into it. */
  Map<Candidate, List<String>> group(List<Candidate> ranked) {
    Map<Candidate, List<String>> groups = new LinkedHashMap<>();
    List<Candidate> reps = new ArrayList<>();
    List<String> repTitles = new ArrayList<>();
    List<Set<String>> repBigrams = new ArrayList<>();
    for (Candidate c : ranked) {
      String title = normalise(c.stored.listing().title());
      Set<String> bigrams = bigrams(title);
      int match = -1;
      for (int i = 0; i < reps.size() && match < 0; i++) {
        double cos = dot(c.vector, reps.get(i).vector);
        if ((title.equals(repTitles.get(i)) && !title.isEmpty() && cos >= SAME_TITLE_COSINE)
            || (cos >= nearIdenticalCosine && dice(bigrams, repBigrams.get(i)) >= SIMILAR_TITLE_DICE)) {
          match = i;
        }
      }
      if (match >= 0) {
        groups.get(reps.get(match)).add(c.id);
      } else {
        reps.add(c);
        repTitles.add(title);
        repBigrams.add(bigrams);
        groups.put(c, new ArrayList<>());
      }
    }
    return groups;
  }

  static String normalise(String title) {
    StringBuilder sb = new StringBuilder();
    title.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 <= s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String x : a) {
      if (b.contains(x)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  static double dot(float[] a, float[] b) {
    if (a == null || b == null) {
      return 0;
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
