package techmatch.nlp;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * Terms dropped from analysis: listing boilerplate (本发明, 所述, 涉及 …) and function words, derived from
 * document frequency on the corpus by {@link techmatch.nlp.build.DictionaryBuilder}; shipped as {@value #RESOURCE}.
 * Immutable.
 */
public final class StopList {
    public static final String RESOURCE = "techmatch/nlp/stopwords.txt";

    private final Set<String> terms;

    public StopList(Collection<String> terms) {
        this.terms = Set.copyOf(terms);
    }

    public static StopList shipped() {
        return new StopList(TermList.readResource(RESOURCE).keySet());
    }

    public static StopList read(Path file) {
        return new StopList(TermList.readFile(file).keySet());
    }

    public static StopList empty() {
        return new StopList(Set.of());
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
