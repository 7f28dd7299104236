package techmatch.nlp;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of analysed terms over the build corpus ({@value #RESOURCE}: an {@code @docs\tN} row, then
 * {@code term\tdf}), used to weight keywords by IDF. Immutable.
 */
public final class DocumentFrequencies {
    public static final String RESOURCE = "techmatch/nlp/df.tsv";

    private final int docs;
    private final Map<String, Integer> df;

    public DocumentFrequencies(int docs, Map<String, Integer> df) {
        if (docs <= 0) {
            throw new IllegalArgumentException("docs must be positive, got " + docs);
        }
        this.docs = docs;
        this.df = Map.copyOf(df);
    }

    public static DocumentFrequencies shipped() {
        return parse(TermList.readResource(RESOURCE), RESOURCE);
    }

    public static DocumentFrequencies read(Path file) {
        return parse(TermList.readFile(file), file.toString());
    }

    private static DocumentFrequencies parse(Map<String, String[]> rows, String source) {
        // The document count is stored as the pseudo-term @docs (no analysed term contains @).
        String[] docsRow = rows.get(DOCS_KEY);
        if (docsRow == null || docsRow.length < 1) {
            throw new IllegalArgumentException(source + ": missing the '" + DOCS_KEY + "' row with the document count");
        }
        int docs = parseCount(docsRow[0], source, DOCS_KEY);
        Map<String, Integer> df = new HashMap<>(rows.size() * 2);
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            if (e.getKey().equals(DOCS_KEY)) {
                continue;
            }
            if (e.getValue().length < 1) {
                throw new IllegalArgumentException(source + ": term '" + e.getKey() + "' has no df column");
            }
            df.put(e.getKey(), parseCount(e.getValue()[0], source, e.getKey()));
        }
        return new DocumentFrequencies(docs, df);
    }

    /** Row key of the document count in the file. */
    public static final String DOCS_KEY = "@docs";

    private static int parseCount(String s, String source, String term) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": term '" + term + "' has a non-numeric df '" + s + "'");
        }
    }

    public int docs() {
        return docs;
    }

    public int df(String term) {
        return df.getOrDefault(term, 0);
    }

    /** Smoothed IDF, log(1 + (N − df + 0.5) / (df + 0.5)) as in BM25; unseen terms get the highest value. */
    public double idf(String term) {
        int d = df(term);
        return Math.log(1 + (docs - d + 0.5) / (d + 0.5));
    }

    public int size() {
        return df.size();
    }
}
