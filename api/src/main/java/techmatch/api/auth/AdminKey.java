package techmatch.api.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;

/**
 * The admin key: {@code TECHMATCH_ADMIN_KEY} when set (nothing is written), otherwise the key in {@code admin.key},
 * generated on first start with owner-only permissions ({@code rw-------}) and shown once.
 *
 * @param generated true when this start created the file: the caller prints the key this one time
 */
public record AdminKey(String key, String origin, boolean generated) {

  public static final String ENV = "TECHMATCH_ADMIN_KEY";
  /** Short keys are too easy to guess for a key that can do everything. */
  public static final int MIN_LENGTH = 16;

  public static AdminKey resolve(Map<String, String> env, Path file, SecureRandom random) throws IOException {
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      String key = fromEnv.strip();
      if (key.length() < MIN_LENGTH) {
        throw new IllegalArgumentException(ENV + " must be at least " + MIN_LENGTH + " characters long");
      }
      return new AdminKey(key, "environment variable " + ENV, false);
    }
    if (Files.exists(file)) {
      return new AdminKey(read(file), file.toString(), false);
    }
    String key = KeyHash.newKey(random);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      // Created with its permissions in one step, so the key is never readable by others, not even briefly.
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      return new AdminKey(read(file), file.toString(), false);
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    return new AdminKey(key, file.toString(), true);
  }

  private static String read(Path file) throws IOException {
    try {
      Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
        throw new IllegalStateException(file + " is readable by others (" + PosixFilePermissions.toString(perms)
            + "); run chmod 600 " + file);
      }
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: nothing to check.
    }
    String key = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (key.length() < MIN_LENGTH) {
      throw new IllegalStateException(file + " does not hold a key of at least " + MIN_LENGTH + " characters");
    }
    return key;
  }
}
