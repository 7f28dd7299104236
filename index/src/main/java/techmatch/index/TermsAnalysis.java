package techmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/** Runs query text through a field's analyzer and picks the terms to query with. */
final class TermsAnalysis {

  private TermsAnalysis() {}

  /** Distinct terms in first-seen order, with their frequency in the text. */
  static Map<String, Integer> termCounts(Analyzer analyzer, String field, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 0) {
          counts.merge(term.toString(), 1, Integer::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing query text for field '" + field + "'", e);
    }
    return counts;
  }

  /**
   * At most {@code max} terms; when there are more, keeps those with the highest qtf × idf (terms absent from the
   * index can score nothing, so they are dropped first), ties broken by term text so the choice is deterministic.
   */
  static Map<String, Integer> topTerms(Map<String, Integer> counts, int max, IndexReader reader, String field) throws IOException {
    if (counts.size() <= max) {
      return counts;
    }
    int numDocs = Math.max(1, reader.numDocs());
    record Weighted(String term, int count, double weight) {}
    List<Weighted> all = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int df = reader.docFreq(new Term(field, e.getKey()));
      double idf = df == 0 ? -1 : Math.log(1 + (numDocs - df + 0.5) / (df + 0.5));
      all.add(new Weighted(e.getKey(), e.getValue(), e.getValue() * idf));
    }
    all.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
    Map<String, Integer> kept = new LinkedHashMap<>();
    for (Weighted w : all.subList(0, max)) {
      kept.put(w.term(), w.count());
    }
    return kept;
  }
}
