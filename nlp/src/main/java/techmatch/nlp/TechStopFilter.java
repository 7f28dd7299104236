package techmatch.nlp;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops stop-listed terms; when a word is dropped its sub-words go too (本发明 must not come back as 发明).
 */
final class TechStopFilter extends FilteringTokenFilter {
    private final StopList stopList;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private boolean wordDropped;

    TechStopFilter(TokenStream in, StopList stopList) {
        super(in);
        this.stopList = stopList;
    }

    @Override
    protected boolean accept() {
        if (SegmentingTokenizer.TYPE_BIGRAM.equals(typeAtt.type())) {
            // Run bigrams are kept as they are: they give partial matches across and inside words.
            return true;
        }
        boolean sub = SegmentingTokenizer.TYPE_SUBWORD.equals(typeAtt.type());
        if (sub) {
            return !wordDropped && !stopList.contains(termAtt.toString());
        }
        wordDropped = stopList.contains(termAtt.toString());
        return !wordDropped;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        wordDropped = false;
    }
}
