package techmatch.core.match;

import java.util.List;

/**
 * Why a result is on the list, for a broker to check: the key terms both sides share (the same terms the overlap
 * feature scores) and a passage of each side with them marked.
 *
 * @param querySnippet  HTML-escaped passage of the query text, shared terms in {@code <em>}
 * @param resultSnippet HTML-escaped passage of the result, shared terms in {@code <em>}
 */
public record Explanation(List<SharedTerm> sharedTerms, String querySnippet, String resultSnippet) {

  public Explanation {
    sharedTerms = List.copyOf(sharedTerms);
  }
}
