package techmatch.core.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import techmatch.core.record.Language;
import techmatch.core.text.KeyTerm;
import techmatch.core.text.TextAnalysis;

/** Engine-test analysis: Lucene's CJK bigrams and English stemming, key terms by frequency. */
final class BigramAnalysis implements TextAnalysis {

  private final Analyzer zh = new CJKAnalyzer();
  private final Analyzer en = new EnglishAnalyzer();

  @Override
  public Analyzer analyzer(Language language) {
    return language == Language.EN ? en : zh;
  }

  @Override
  public List<String> terms(String text, Language language) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer(language).tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public List<KeyTerm> keyTerms(String text, Language language, int max) {
    Map<String, Integer> tf = new HashMap<>();
    terms(text, language).forEach(t -> tf.merge(t, 1, Integer::sum));
    return tf.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(max).map(e -> new KeyTerm(e.getKey(), e.getValue())).toList();
  }

  @Override
  public Language detect(String text) {
    long cjk = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    return cjk * 5 >= text.length() ? Language.ZH : Language.EN;
  }

  @Override
  public String fingerprint() {
    return "test-cjk-bigram";
  }
}
