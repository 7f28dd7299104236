package techmatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlights a stored text field with Lucene's UnifiedHighlighter. Offsets come from the postings (text fields are
 * indexed with offsets), i.e. exactly where the field's analyzer put them at index time; that is what makes CJK text,
 * where tokens are not separated by spaces, come out right.
 */
final class SnippetHighlighter {

  /** Long bodies are highlighted whole rather than silently truncated at Lucene's default of 10,000 chars. */
  private static final int MAX_LENGTH = 1 << 20;

  private final IndexSchema schema;

  SnippetHighlighter(IndexSchema schema) {
    this.schema = schema;
  }

  List<Snippet> highlight(IndexSearcher searcher, int doc, String field, Collection<String> terms, int maxPassages) throws IOException {
    schema.analyzer(field);
    if (terms.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    terms.stream().distinct().limit(IndexSearcher.getMaxClauseCount())
        .forEach(t -> b.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
    Query query = b.build();
    ObjectHighlighter uh = new ObjectHighlighter(UnifiedHighlighter.builder(searcher, new SchemaAnalyzer(schema))
        .withFormatter(new SnippetFormatter())
        .withMaxLength(MAX_LENGTH)
        .withMaxNoHighlightPassages(0));
    Map<String, Object[]> out = uh.highlight(field, query, doc, maxPassages);
    Object[] perDoc = out.get(field);
    if (perDoc == null || perDoc[0] == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Snippet> snippets = (List<Snippet>) perDoc[0];
    return snippets;
  }

  /** Exposes the formatter's objects, which the public methods would turn into strings. */
  private static final class ObjectHighlighter extends UnifiedHighlighter {
    ObjectHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> highlight(String field, Query query, int doc, int maxPassages) throws IOException {
      return highlightFieldsAsObjects(new String[] {field}, query, new int[] {doc}, new int[] {maxPassages});
    }
  }

  /** Turns Lucene passages into {@link Snippet}s, merging overlapping matches (e.g. from n-gram analyzers). */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> snippets = new ArrayList<>();
      for (Passage p : passages) {
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        List<Snippet.Span> spans = new ArrayList<>();
        int curStart = -1;
        int curEnd = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int ms = Math.max(start, p.getMatchStarts()[i]);
          int me = Math.min(end, p.getMatchEnds()[i]);
          if (me <= ms) {
            continue;
          }
          if (curStart >= 0 && ms <= curEnd) {
            curEnd = Math.max(curEnd, me);
          } else {
            if (curStart >= 0) {
              spans.add(new Snippet.Span(curStart - start, curEnd - start));
            }
            curStart = ms;
            curEnd = me;
          }
        }
        if (curStart >= 0) {
          spans.add(new Snippet.Span(curStart - start, curEnd - start));
        }
        snippets.add(new Snippet(content.substring(start, end), start, spans));
      }
      return snippets;
    }
  }
}
