package techmatch.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminKeyTest {

  private static Path file() {
    return Path.of("target", "test-data", "admin-" + UUID.randomUUID(), "admin.key");
  }

  @Test
  void theEnvironmentWinsAndNothingIsWritten() throws Exception {
    Path file = file();
    AdminKey k = AdminKey.resolve(Map.of(AdminKey.ENV, "  a-long-enough-admin-key  "), file, new SecureRandom());
    assertEquals("a-long-enough-admin-key", k.key());
    assertFalse(k.generated());
    assertFalse(Files.exists(file));
    assertThrows(IllegalArgumentException.class, () -> AdminKey.resolve(Map.of(AdminKey.ENV, "short"), file,
        new SecureRandom()));
  }

  @Test
  void generatedOnceWithOwnerOnlyPermissionsThenRead() throws Exception {
    Path file = file();
    AdminKey first = AdminKey.resolve(Map.of(), file, new SecureRandom());
    assertTrue(first.generated());
    assertTrue(first.key().startsWith(KeyHash.PREFIX) && first.key().length() > 40);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    AdminKey second = AdminKey.resolve(Map.of(), file, new SecureRandom());
    assertFalse(second.generated());
    assertEquals(first.key(), second.key());
  }

  @Test
  void refusesAKeyFileOthersCanRead() throws Exception {
    Path file = file();
    AdminKey.resolve(Map.of(), file, new SecureRandom());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> AdminKey.resolve(Map.of(), file, new SecureRandom()));
    assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
  }
}
