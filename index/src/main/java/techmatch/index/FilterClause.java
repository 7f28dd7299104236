package techmatch.index;

import java.util.Set;

/** One condition of a {@link SearchFilter}. All clauses of a filter must hold. */
public sealed interface FilterClause {

  /** The keyword field has at least one of the values (an empty set matches nothing). */
  record AnyOf(String field, Set<String> values) implements FilterClause {
    public AnyOf {
      values = Set.copyOf(values);
    }
  }

  /** The keyword field has none of the values (documents without the field pass). */
  record NoneOf(String field, Set<String> values) implements FilterClause {
    public NoneOf {
      values = Set.copyOf(values);
    }
  }

  /**
   * Some value of the long field lies in [min, max] (inclusive; use Long.MIN_VALUE/MAX_VALUE for open ends).
   *
   * @param orMissing also accept documents that have no value for the field (e.g. a validity window left open)
   */
  record LongRange(String field, long min, long max, boolean orMissing) implements FilterClause {}

  /** Some value of the double field lies in [min, max] (inclusive; infinities for open ends). */
  record DoubleRange(String field, double min, double max, boolean orMissing) implements FilterClause {
    public DoubleRange {
      if (Double.isNaN(min) || Double.isNaN(max)) {
        throw new IllegalArgumentException("filter on '" + field + "': range bounds must not be NaN");
      }
    }
  }

  /** The document's id is not in the set (e.g. the query record itself, or already rejected matches). */
  record ExcludeIds(Set<String> ids) implements FilterClause {
    public ExcludeIds {
      ids = Set.copyOf(ids);
    }
  }

  /** The document's id is in the set. */
  record IdIn(Set<String> ids) implements FilterClause {
    public IdIn {
      ids = Set.copyOf(ids);
    }
  }
}
