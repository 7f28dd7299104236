package techmatch.nlp;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Builds the module's analysis objects from explicit inputs and hands them out: one normaliser, one Chinese
 * analyzer (one segmenter with its own dictionary), one English analyzer (one lazily loaded CoreNLP pipeline), a
 * language-routing analyzer over both, and a keyword extractor. Two factories never share mutable state.
 *
 * <pre>
 * TechAnalyzers nlp = TechAnalyzers.shipped();
 * Analyzer analyzer = nlp.routing();          // index and query side
 * List&lt;String&gt; terms = nlp.terms("锂离子电池正极材料");
 * List&lt;WeightedTerm&gt; keywords = nlp.keywords().extract(text, 10);
 * </pre>
 */
public final class TechAnalyzers implements AutoCloseable {
    /**
     * Bumped whenever analysis output changes for the same inputs (normalisation, segmentation rules, token kinds),
     * so indexes built with an older analysis can be detected through {@link #fingerprint()}.
     */
    public static final int ANALYSIS_VERSION = 1;

    private final TextNormalizer normalizer;
    private final LanguageDetector detector;
    private final TermDictionary dictionary;
    private final StopList stopList;
    private final DocumentFrequencies df;
    private final ChineseTechAnalyzer chinese;
    private final EnglishLemmaAnalyzer english;
    private final LanguageRoutingAnalyzer routing;
    private final KeywordExtractor keywords;
    private final SegmenterConfig config;

    public TechAnalyzers(TermDictionary dictionary, StopList stopList, DocumentFrequencies df, SegmenterConfig config) {
        this.normalizer = new TextNormalizer();
        this.detector = new LanguageDetector();
        this.dictionary = dictionary;
        this.stopList = stopList;
        this.df = df;
        this.chinese = new ChineseTechAnalyzer(normalizer, new ChineseSegmenter(dictionary, stopList, config), stopList);
        this.english = new EnglishLemmaAnalyzer(normalizer);
        this.routing = new LanguageRoutingAnalyzer(detector, chinese, english);
        this.keywords = new KeywordExtractor(this::words, df);
        this.config = config;
    }

    /**
     * A short digest of everything that decides the analysed terms: {@link #ANALYSIS_VERSION}, the segmenter
     * configuration, the dictionary and the stop list. Equal fingerprints mean equal terms for equal text.
     */
    public String fingerprint() {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(("v" + ANALYSIS_VERSION + "\n" + config + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (java.util.Set<String> set : List.of(dictionary.terms(), stopList.terms())) {
                for (String t : new java.util.TreeSet<>(set)) {
                    md.update(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update((byte) '\n');
                }
                md.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public SegmenterConfig config() {
        return config;
    }

    /** The shipped dictionary, stop list and DF table with the default segmenter configuration. */
    public static TechAnalyzers shipped() {
        return new TechAnalyzers(TermDictionary.shipped(), StopList.shipped(), DocumentFrequencies.shipped(),
                SegmenterConfig.defaults());
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    public LanguageDetector detector() {
        return detector;
    }

    public TermDictionary dictionary() {
        return dictionary;
    }

    public StopList stopList() {
        return stopList;
    }

    public DocumentFrequencies documentFrequencies() {
        return df;
    }

    public ChineseTechAnalyzer chinese() {
        return chinese;
    }

    public EnglishLemmaAnalyzer english() {
        return english;
    }

    /** zh and mixed → {@link #chinese()}, en → {@link #english()}, decided per text. */
    public LanguageRoutingAnalyzer routing() {
        return routing;
    }

    public Analyzer analyzerFor(Language language) {
        return routing.analyzerFor(language);
    }

    /** Analysed terms of a text in order, sub-words included (routing by detected language). */
    public List<String> terms(String text) {
        return AnalyzedTerms.terms(routing, text);
    }

    /** Analysed words of a text in order, without stacked sub-words. */
    public List<String> words(String text) {
        return AnalyzedTerms.words(routing, text);
    }

    public KeywordExtractor keywords() {
        return keywords;
    }

    @Override
    public void close() {
        routing.close();
    }
}
