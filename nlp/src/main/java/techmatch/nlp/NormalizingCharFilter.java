package techmatch.nlp;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies {@link TextNormalizer} in front of a tokenizer and keeps offsets pointing into the original text, so
 * highlighting works on what the user wrote. Reads its whole input on first use (listings are short).
 */
final class NormalizingCharFilter extends BaseCharFilter {
    private final TextNormalizer normalizer;
    private String normalized;
    private int pos;

    NormalizingCharFilter(Reader in, TextNormalizer normalizer) {
        super(in);
        this.normalizer = normalizer;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (normalized == null) {
            fill();
        }
        if (pos >= normalized.length()) {
            return -1;
        }
        int n = Math.min(len, normalized.length() - pos);
        normalized.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    private void fill() throws IOException {
        String source = readAll(input);
        TextNormalizer.NormalizedText result = normalizer.normalizeTracking(source);
        normalized = result.text();
        int lastDiff = 0;
        for (int j = 0; j <= normalized.length(); j++) {
            int diff = result.sourceOffset(j) - j;
            if (diff != lastDiff) {
                addOffCorrectMap(j, diff);
                lastDiff = diff;
            }
        }
    }

    static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder(1024);
        char[] buf = new char[4096];
        int n;
        while ((n = reader.read(buf)) != -1) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}
