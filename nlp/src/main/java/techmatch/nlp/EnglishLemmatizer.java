package techmatch.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * English lemmas through Stanford CoreNLP (tokenize, ssplit, pos, lemma), with only the English POS tagger on the
 * class path ({@value #POS_MODEL}, unpacked from the CoreNLP models jar at build time). The pipeline is built on
 * first use and once per instance (loading the tagger takes about a second); annotation is thread-safe.
 */
public final class EnglishLemmatizer {
    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    private final Object lock = new Object();
    private volatile StanfordCoreNLP pipeline;

    /** Lemma tokens of {@code text} (offsets into it), lower-cased; punctuation-only tokens are dropped. */
    public List<Token> lemmas(String text) {
        List<Token> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        Annotation doc = new Annotation(text);
        pipeline().annotate(doc);
        for (CoreLabel label : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            String word = label.word();
            if (!hasLetterOrDigit(word)) {
                continue;
            }
            String lemma = label.lemma() == null ? word : label.lemma();
            int begin = label.beginPosition();
            int end = Math.max(begin, label.endPosition());
            boolean numeric = "CD".equals(label.tag()) && !hasLetter(word);
            out.add(new Token(lemma.toLowerCase(Locale.ROOT), begin, end, numeric ? Token.Kind.NUMBER : Token.Kind.WORD));
        }
        return out;
    }

    /** True once the CoreNLP pipeline has been built (it is built lazily, on the first call to {@link #lemmas}). */
    public boolean loaded() {
        return pipeline != null;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (lock) {
                p = pipeline;
                if (p == null) {
                    if (EnglishLemmatizer.class.getClassLoader().getResource(POS_MODEL) == null) {
                        throw new IllegalStateException(POS_MODEL + " is not on the class path (the nlp build unpacks it)");
                    }
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
                    props.setProperty("pos.model", POS_MODEL);
                    props.setProperty("tokenize.language", "en");
                    // Hyphenated technical words (solid-state, li-ion) stay one token, as in the Chinese analyzer.
                    props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false,splitHyphenated=false");
                    props.setProperty("pos.maxlen", "200");
                    p = new StanfordCoreNLP(props);
                    pipeline = p;
                }
            }
        }
        return p;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
