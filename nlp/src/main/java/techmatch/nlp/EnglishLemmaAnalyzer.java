package techmatch.nlp;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Lucene analyzer for English records: {@link TextNormalizer} (keeping case for the tagger) → CoreNLP lemmas,
 * lower-cased ("Batteries" → battery, "cells" → cell) → English stop words. Each instance owns one lazily loaded
 * CoreNLP pipeline.
 */
public final class EnglishLemmaAnalyzer extends Analyzer {
    private final TextNormalizer normalizer;
    private final EnglishLemmatizer lemmatizer;
    private final CharArraySet stopWords;

    /** With Lucene's English stop words. */
    public EnglishLemmaAnalyzer(TextNormalizer normalizer) {
        this(normalizer, new EnglishLemmatizer(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    public EnglishLemmaAnalyzer(TextNormalizer normalizer, EnglishLemmatizer lemmatizer, CharArraySet stopWords) {
        this.normalizer = normalizer.keepingCase();
        this.lemmatizer = lemmatizer;
        this.stopWords = CharArraySet.unmodifiableSet(CharArraySet.copy(stopWords));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NormalizingCharFilter(reader, normalizer);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new LemmaTokenizer(lemmatizer);
        TokenStream stream = new StopFilter(tokenizer, stopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }

    public EnglishLemmatizer lemmatizer() {
        return lemmatizer;
    }
}
