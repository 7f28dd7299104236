package techmatch.nlp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Runs an analyzer over a string and collects its terms, in order. */
public final class AnalyzedTerms {
    /** Field name used when the caller has none (our analyzers treat all fields alike). */
    public static final String DEFAULT_FIELD = "text";

    private AnalyzedTerms() {
    }

    /** Every indexed term except marked run bigrams: words and stacked sub-words. */
    public static List<String> terms(Analyzer analyzer, String text) {
        return collect(analyzer, text, true);
    }

    /** The words only, without the stacked sub-words (for overlap and keywords). */
    public static List<String> words(Analyzer analyzer, String text) {
        return collect(analyzer, text, false);
    }

    private static List<String> collect(Analyzer analyzer, String text, boolean withSubwords) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(DEFAULT_FIELD, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = type.type();
                if (SegmentingTokenizer.TYPE_BIGRAM.equals(t)) {
                    continue;
                }
                if (withSubwords || !SegmentingTokenizer.TYPE_SUBWORD.equals(t)) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text", e);
        }
        return out;
    }
}
