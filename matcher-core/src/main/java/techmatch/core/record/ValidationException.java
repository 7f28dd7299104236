package techmatch.core.record;

import java.util.List;
import java.util.stream.Collectors;

/** A record, or its JSON form, broke the record standard; carries every problem found, not just the first. */
public final class ValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public static ValidationException of(String field, String problem) {
    return new ValidationException(List.of(new FieldError(field, problem)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
