package techmatch.core.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import techmatch.core.record.Listing;
import techmatch.core.store.ListingFields;
import techmatch.core.text.KeyTerm;
import techmatch.index.HybridIndex;
import techmatch.index.Snippet;

/** Builds the explanation of one result: the query's key terms the result also contains, and a marked passage of each. */
final class Explainer {

  static final int MAX_SHARED = 12;
  static final int QUERY_WINDOW = 140;

  private Explainer() {}

  static Explanation explain(QuerySide query, Candidate c, HybridIndex index) throws IOException {
    Listing l = c.stored.listing();
    String resultText = Features.searchable(l);
    double total = 0;
    for (KeyTerm t : query.keyTerms()) {
      total += t.weight();
    }
    java.util.Map<String, Double> resultWeights = Features.weights(c.stored.keyTerms());
    List<SharedTerm> shared = new ArrayList<>();
    for (KeyTerm t : query.keyTerms()) {
      if (Features.occursIn(resultText, t.term())) {
        shared.add(new SharedTerm(t.term(), t.weight(), resultWeights.getOrDefault(t.term(), 0.0),
            total > 0 ? t.weight() / total : 0));
      }
    }
    shared.sort(Comparator.comparingDouble(SharedTerm::contribution).reversed());
    if (shared.size() > MAX_SHARED) {
      shared = shared.subList(0, MAX_SHARED);
    }
    List<String> terms = shared.stream().map(SharedTerm::term).toList();
    return new Explanation(shared, querySnippet(query.fullText(), terms), resultSnippet(index, l, terms));
  }

  private static String resultSnippet(HybridIndex index, Listing l, List<String> terms) throws IOException {
    if (!terms.isEmpty()) {
      for (String field : List.of(ListingFields.bodyField(l.language()), ListingFields.titleField(l.language()))) {
        List<Snippet> s = index.highlightTerms(l.id(), field, terms, 1);
        if (!s.isEmpty() && !s.get(0).matches().isEmpty()) {
          return s.get(0).html();
        }
      }
    }
    String text = l.description().isEmpty() ? l.title() : l.description();
    return escape(text.length() <= QUERY_WINDOW ? text : text.substring(0, QUERY_WINDOW) + "…");
  }

  /** The window of the query text holding the most shared terms, with them marked. */
  static String querySnippet(String text, List<String> terms) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<int[]> spans = new ArrayList<>();
    for (String t : terms) {
      String lt = t.toLowerCase(Locale.ROOT);
      for (int at = lower.indexOf(lt); at >= 0 && !lt.isEmpty(); at = lower.indexOf(lt, at + lt.length())) {
        spans.add(new int[] {at, at + lt.length()});
      }
    }
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : spans) {
      if (!merged.isEmpty() && s[0] < merged.get(merged.size() - 1)[1]) {
        continue;
      }
      merged.add(s);
    }
    int start = 0;
    int best = -1;
    for (int i = 0; i < merged.size(); i++) {
      int count = 0;
      for (int j = i; j < merged.size() && merged.get(j)[1] - merged.get(i)[0] <= QUERY_WINDOW; j++) {
        count++;
      }
      if (count > best) {
        best = count;
        start = Math.max(0, merged.get(i)[0] - 20);
      }
    }
    int end = Math.min(text.length(), start + QUERY_WINDOW);
    StringBuilder sb = new StringBuilder();
    if (start > 0) {
      sb.append('…');
    }
    int at = start;
    for (int[] s : merged) {
      if (s[0] < start || s[1] > end) {
        continue;
      }
      sb.append(escape(text.substring(at, s[0]))).append("<em>").append(escape(text.substring(s[0], s[1])))
          .append("</em>");
      at = s[1];
    }
    sb.append(escape(text.substring(at, end)));
    if (end < text.length()) {
      sb.append('…');
    }
    return sb.toString();
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }
}
