package techmatch.nlp;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The technical-term dictionary that steers segmentation (石墨烯, 锂离子电池, 钙钛矿 …). Built by
 * {@link techmatch.nlp.build.DictionaryBuilder} and shipped as {@value #RESOURCE}. Immutable.
 */
public final class TermDictionary {
    public static final String RESOURCE = "techmatch/nlp/tech-terms.txt";

    private final Set<String> terms;

    public TermDictionary(Collection<String> terms) {
        this.terms = Set.copyOf(new LinkedHashSet<>(terms));
    }

    /** The dictionary shipped in this jar. */
    public static TermDictionary shipped() {
        return new TermDictionary(TermList.readResource(RESOURCE).keySet());
    }

    /** A dictionary file in the shipped format (term, then optional tab-separated columns). */
    public static TermDictionary read(Path file) {
        return new TermDictionary(TermList.readFile(file).keySet());
    }

    public static TermDictionary empty() {
        return new TermDictionary(Set.of());
    }

    public boolean contains(String term) {
        return terms.contains(term);
    }

    public Set<String> terms() {
        return terms;
    }

    public int size() {
        return terms.size();
    }
}
