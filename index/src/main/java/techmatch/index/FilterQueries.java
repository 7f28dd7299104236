package techmatch.index;

import java.util.Set;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/** Translates a {@link SearchFilter} into one Lucene query, rejecting fields the schema does not declare. */
final class FilterQueries {

  private final IndexSchema schema;

  FilterQueries(IndexSchema schema) {
    this.schema = schema;
  }

  /** Null when the filter matches everything, so callers can skip the clause. */
  Query toQuery(SearchFilter filter) {
    if (filter == null || filter.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    for (FilterClause c : filter.clauses()) {
      if (c instanceof FilterClause.NoneOf n) {
        requireKind(n.field(), schema.keywordFields(), "keyword");
        b.add(KeywordField.newSetQuery(n.field(), bytes(n.values())), Occur.MUST_NOT);
      } else if (c instanceof FilterClause.ExcludeIds e) {
        if (!e.ids().isEmpty()) {
          b.add(idQuery(e.ids()), Occur.MUST_NOT);
        }
      } else {
        b.add(positiveQuery(c), Occur.FILTER);
        positive = true;
      }
    }
    if (!positive) {
      b.add(new MatchAllDocsQuery(), Occur.FILTER);
    }
    return b.build();
  }

  private Query positiveQuery(FilterClause c) {
    if (c instanceof FilterClause.AnyOf a) {
      requireKind(a.field(), schema.keywordFields(), "keyword");
      return a.values().isEmpty() ? new MatchNoDocsQuery("empty any-of on " + a.field())
          : KeywordField.newSetQuery(a.field(), bytes(a.values()));
    }
    if (c instanceof FilterClause.LongRange r) {
      requireKind(r.field(), schema.longFields(), "long");
      return orMissing(r.field(), LongField.newRangeQuery(r.field(), r.min(), r.max()), r.orMissing());
    }
    if (c instanceof FilterClause.DoubleRange r) {
      requireKind(r.field(), schema.doubleFields(), "double");
      return orMissing(r.field(), DoubleField.newRangeQuery(r.field(), r.min(), r.max()), r.orMissing());
    }
    if (c instanceof FilterClause.IdIn in) {
      return in.ids().isEmpty() ? new MatchNoDocsQuery("empty id set") : idQuery(in.ids());
    }
    throw new IllegalArgumentException("unsupported filter clause " + c);
  }

  static Query idQuery(Set<String> ids) {
    return new TermInSetQuery(IndexSchema.ID_FIELD, bytes(ids));
  }

  static Query idQuery(String id) {
    return new org.apache.lucene.search.TermQuery(new Term(IndexSchema.ID_FIELD, id));
  }

  private static Query orMissing(String field, Query range, boolean orMissing) {
    if (!orMissing) {
      return range;
    }
    BooleanQuery missing = new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(new FieldExistsQuery(field), Occur.MUST_NOT)
        .build();
    return new BooleanQuery.Builder().add(range, Occur.SHOULD).add(missing, Occur.SHOULD).build();
  }

  private static void requireKind(String field, Set<String> declared, String kind) {
    if (!declared.contains(field)) {
      throw new IllegalArgumentException("filter: '" + field + "' is not a " + kind + " field of this index ("
          + kind + " fields: " + declared + ")");
    }
  }

  private static java.util.List<BytesRef> bytes(Set<String> values) {
    return values.stream().sorted().map(BytesRef::new).toList();
  }
}
