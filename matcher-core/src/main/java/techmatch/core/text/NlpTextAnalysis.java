package techmatch.core.text;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import techmatch.core.record.Language;
import techmatch.nlp.AnalyzedTerms;
import techmatch.nlp.TechAnalyzers;

/** {@link TextAnalysis} on the nlp module: HanLP with the technical dictionary for Chinese, CoreNLP lemmas for English. */
public final class NlpTextAnalysis implements TextAnalysis, AutoCloseable {

  private final TechAnalyzers nlp;
  private final String fingerprint;

  public NlpTextAnalysis(TechAnalyzers nlp) {
    this.nlp = nlp;
    // Covers the normaliser, segmenter configuration, dictionary and stop list: anything that changes the terms.
    this.fingerprint = "nlp@" + nlp.fingerprint();
  }

  /** The shipped dictionary, stop list and document frequencies. */
  public static NlpTextAnalysis shipped() {
    return new NlpTextAnalysis(TechAnalyzers.shipped());
  }

  @Override
  public Analyzer analyzer(Language language) {
    return language == Language.EN ? nlp.english() : nlp.chinese();
  }

  @Override
  public List<String> terms(String text, Language language) {
    return AnalyzedTerms.terms(analyzer(language), text);
  }

  @Override
  public List<KeyTerm> keyTerms(String text, Language language, int max) {
    return nlp.keywords().extract(text, max).stream().map(t -> new KeyTerm(t.term(), t.weight())).toList();
  }

  @Override
  public Language detect(String text) {
    return nlp.detector().detect(text) == techmatch.nlp.Language.EN ? Language.EN : Language.ZH;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public void close() {
    nlp.close();
  }
}
