package techmatch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A conjunction of {@link FilterClause}s, applied as Lucene FILTER clauses (inside the HNSW search for kNN). */
public record SearchFilter(List<FilterClause> clauses) {

  private static final SearchFilter NONE = new SearchFilter(List.of());

  public SearchFilter {
    clauses = List.copyOf(clauses);
  }

  /** Matches every document. */
  public static SearchFilter none() {
    return NONE;
  }

  public static SearchFilter of(FilterClause... clauses) {
    return new SearchFilter(List.of(clauses));
  }

  public boolean isEmpty() {
    return clauses.isEmpty();
  }

  public SearchFilter and(FilterClause clause) {
    List<FilterClause> all = new ArrayList<>(clauses);
    all.add(clause);
    return new SearchFilter(all);
  }

  public SearchFilter anyOf(String field, String... values) {
    return and(new FilterClause.AnyOf(field, Set.of(values)));
  }

  public SearchFilter noneOf(String field, String... values) {
    return and(new FilterClause.NoneOf(field, Set.of(values)));
  }

  public SearchFilter longRange(String field, long min, long max) {
    return and(new FilterClause.LongRange(field, min, max, false));
  }

  public SearchFilter longRangeOrMissing(String field, long min, long max) {
    return and(new FilterClause.LongRange(field, min, max, true));
  }

  public SearchFilter doubleRange(String field, double min, double max) {
    return and(new FilterClause.DoubleRange(field, min, max, false));
  }

  public SearchFilter excludeIds(Set<String> ids) {
    return and(new FilterClause.ExcludeIds(ids));
  }

  public SearchFilter idIn(Set<String> ids) {
    return and(new FilterClause.IdIn(ids));
  }
}
