package techmatch.api.service;

import java.util.List;
import techmatch.core.record.FieldError;

/**
 * A request the service refuses, with the HTTP status to answer and, for bad input, every field that is wrong. The
 * HTTP layer turns it into {@code {"error": {"status", "message", "errors": [{"field", "problem"}]}}}.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<FieldError> errors;
  private final int retryAfterSeconds;

  public ApiException(int status, String message, List<FieldError> errors) {
    this(status, message, errors, 0);
  }

  private ApiException(int status, String message, List<FieldError> errors, int retryAfterSeconds) {
    super(message);
    this.status = status;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 429: the server is at its limit; the client should retry after the given seconds. */
  public static ApiException busy(String message, int retryAfterSeconds) {
    return new ApiException(429, message, List.of(), retryAfterSeconds);
  }

  /** Seconds for a Retry-After header; 0 for none. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public static ApiException badRequest(String field, String problem) {
    return new ApiException(400, field + ": " + problem, List.of(new FieldError(field, problem)));
  }

  public static ApiException invalid(List<FieldError> errors) {
    String message = errors.size() == 1 ? errors.get(0).toString()
        : errors.size() + " problems: " + errors.get(0) + "; …";
    return new ApiException(400, message, errors);
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, what + " not found", List.of());
  }

  public static ApiException forbidden(String why) {
    return new ApiException(403, why, List.of());
  }

  public static ApiException conflict(String why) {
    return new ApiException(409, why, List.of());
  }

  public static ApiException unauthorized(String why) {
    return new ApiException(401, why, List.of());
  }
}
