package techmatch.api.cli;

/** The command line was wrong; the message says how, and the command's usage follows it. */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
