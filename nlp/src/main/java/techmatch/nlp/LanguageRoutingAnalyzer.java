package techmatch.nlp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Picks the analyzer per text: {@link LanguageDetector} decides, zh and mixed go to the Chinese analyzer, en to
 * the English one. The whole field value is read first (detection needs it), analysed by the chosen delegate and
 * replayed with its offsets, positions and types.
 */
public final class LanguageRoutingAnalyzer extends Analyzer {
    private final LanguageDetector detector;
    private final Analyzer chinese;
    private final Analyzer english;

    public LanguageRoutingAnalyzer(LanguageDetector detector, Analyzer chinese, Analyzer english) {
        this.detector = detector;
        this.chinese = chinese;
        this.english = english;
    }

    /** The analyzer used for a text of this language. */
    public Analyzer analyzerFor(Language language) {
        return language == Language.EN ? english : chinese;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new RoutingTokenizer(fieldName);
        return new TokenStreamComponents(t);
    }

    @Override
    public void close() {
        super.close();
        chinese.close();
        english.close();
    }

    private final class RoutingTokenizer extends Tokenizer {
        private final String field;
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
        private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
        private final List<String> terms = new ArrayList<>();
        private final List<int[]> meta = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private int next;
        private int length;
        private int finalPosInc;

        RoutingTokenizer(String field) {
            this.field = field;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            String text = NormalizingCharFilter.readAll(input);
            length = text.length();
            terms.clear();
            meta.clear();
            types.clear();
            next = 0;
            Analyzer delegate = analyzerFor(detector.detect(text));
            try (TokenStream ts = delegate.tokenStream(field, new StringReader(text))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
                TypeAttribute type = ts.addAttribute(TypeAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    terms.add(term.toString());
                    meta.add(new int[] {offset.startOffset(), offset.endOffset(), posInc.getPositionIncrement()});
                    types.add(type.type());
                }
                ts.end();
                finalPosInc = posInc.getPositionIncrement();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public boolean incrementToken() {
            if (next >= terms.size()) {
                return false;
            }
            clearAttributes();
            int[] m = meta.get(next);
            termAtt.setEmpty().append(terms.get(next));
            offsetAtt.setOffset(correctOffset(m[0]), correctOffset(m[1]));
            posIncAtt.setPositionIncrement(m[2]);
            typeAtt.setType(types.get(next));
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int f = correctOffset(length);
            offsetAtt.setOffset(f, f);
            posIncAtt.setPositionIncrement(finalPosInc);
        }
    }
}
