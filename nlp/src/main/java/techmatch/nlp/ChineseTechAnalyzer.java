package techmatch.nlp;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Lucene analyzer for technical Chinese (with embedded Latin terms), the same on the index and query side:
 * {@link TextNormalizer} → {@link ChineseSegmenter} (HanLP + technical dictionary, sub-words stacked) →
 * stop list (DF-derived boilerplate). Offsets point into the original text. Thread-safe like any Analyzer.
 */
public final class ChineseTechAnalyzer extends Analyzer {
    private final TextNormalizer normalizer;
    private final ChineseSegmenter segmenter;
    private final StopList stopList;

    public ChineseTechAnalyzer(TextNormalizer normalizer, ChineseSegmenter segmenter, StopList stopList) {
        this.normalizer = normalizer;
        this.segmenter = segmenter;
        this.stopList = stopList;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NormalizingCharFilter(reader, normalizer);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new NormalizingCharFilter(reader, normalizer);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new SegmentingTokenizer(segmenter);
        TokenStream stream = new TechStopFilter(tokenizer, stopList);
        return new TokenStreamComponents(tokenizer, stream);
    }

    public ChineseSegmenter segmenter() {
        return segmenter;
    }

    public StopList stopList() {
        return stopList;
    }
}
