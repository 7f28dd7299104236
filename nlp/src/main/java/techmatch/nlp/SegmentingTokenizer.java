package techmatch.nlp;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Lucene tokenizer over {@link ChineseSegmenter}: words advance the position, sub-words stack on the word they
 * belong to (position increment 0), so phrase queries still see one term per position.
 */
final class SegmentingTokenizer extends Tokenizer {
    static final String TYPE_WORD = "<WORD>";
    static final String TYPE_SUBWORD = "<SUBWORD>";
    static final String TYPE_NUMBER = "<NUM>";
    static final String TYPE_BIGRAM = "<BIGRAM>";
    /** Longer "tokens" are junk (base64, URLs without separators) and would only bloat the index. */
    static final int MAX_TOKEN_LENGTH = 64;

    private final ChineseSegmenter segmenter;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private List<Token> tokens = List.of();
    private int next;
    private int textLength;
    private int skippedPositions;

    SegmentingTokenizer(ChineseSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        String text = NormalizingCharFilter.readAll(input);
        textLength = text.length();
        tokens = segmenter.segment(text);
        next = 0;
        skippedPositions = 0;
    }

    @Override
    public boolean incrementToken() {
        while (next < tokens.size()) {
            Token t = tokens.get(next++);
            boolean sub = t.kind() == Token.Kind.SUBWORD || t.kind() == Token.Kind.BIGRAM;
            if (t.text().length() > MAX_TOKEN_LENGTH) {
                if (!sub) {
                    skippedPositions++;
                }
                continue;
            }
            clearAttributes();
            termAtt.setEmpty().append(t.text());
            offsetAtt.setOffset(correctOffset(t.start()), correctOffset(t.end()));
            posIncAtt.setPositionIncrement(sub ? 0 : 1 + skippedPositions);
            skippedPositions = 0;
            typeAtt.setType(switch (t.kind()) {
                case SUBWORD -> TYPE_SUBWORD;
                case BIGRAM -> TYPE_BIGRAM;
                case NUMBER -> TYPE_NUMBER;
                case WORD -> TYPE_WORD;
            });
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(textLength);
        offsetAtt.setOffset(finalOffset, finalOffset);
        posIncAtt.setPositionIncrement(skippedPositions);
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = List.of();
    }
}
