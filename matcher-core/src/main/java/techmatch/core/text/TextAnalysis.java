package techmatch.core.text;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import techmatch.core.record.Language;

/**
 * What the matcher needs from text analysis: one Lucene analyzer per language for the index and for queries, the
 * analysed terms of a text, its key terms, and the language of ad-hoc text.
 */
public interface TextAnalysis {

  /** The analyzer for text fields holding text in {@code language}; the same one analyses queries on those fields. */
  Analyzer analyzer(Language language);

  /** The analysed terms of {@code text} in order, boilerplate removed. */
  List<String> terms(String text, Language language);

  /** The most characteristic technical terms of {@code text}, best first. */
  List<KeyTerm> keyTerms(String text, Language language, int max);

  /** The language {@code text} is written in; mixed Chinese/English text counts as Chinese. */
  Language detect(String text);

  /** Identifies the analysis chain (dictionary and stop-list versions); an index built with another is rebuilt. */
  String fingerprint();
}
