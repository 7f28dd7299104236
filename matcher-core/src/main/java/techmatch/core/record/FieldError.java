package techmatch.core.record;

/**
 * One problem with one field of a record: {@code field} is its JSON path ({@code price.minYuan}, {@code keywords[3]}),
 * {@code problem} says what is wrong in words a user can act on.
 */
public record FieldError(String field, String problem) {

  @Override
  public String toString() {
    return field + ": " + problem;
  }
}
