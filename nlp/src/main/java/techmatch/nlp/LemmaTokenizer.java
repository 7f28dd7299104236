package techmatch.nlp;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Lucene tokenizer emitting {@link EnglishLemmatizer} lemmas. */
final class LemmaTokenizer extends Tokenizer {
    private final EnglishLemmatizer lemmatizer;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private List<Token> tokens = List.of();
    private int next;
    private int length;

    LemmaTokenizer(EnglishLemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        String text = NormalizingCharFilter.readAll(input);
        length = text.length();
        tokens = lemmatizer.lemmas(text);
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        while (next < tokens.size()) {
            Token t = tokens.get(next++);
            if (t.text().length() > SegmentingTokenizer.MAX_TOKEN_LENGTH) {
                continue;
            }
            clearAttributes();
            termAtt.setEmpty().append(t.text());
            offsetAtt.setOffset(correctOffset(t.start()), correctOffset(t.end()));
            typeAtt.setType(t.kind() == Token.Kind.NUMBER ? SegmentingTokenizer.TYPE_NUMBER : SegmentingTokenizer.TYPE_WORD);
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int f = correctOffset(length);
        offsetAtt.setOffset(f, f);
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = List.of();
    }
}
