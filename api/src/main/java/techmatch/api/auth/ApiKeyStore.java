package techmatch.api.auth;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import techmatch.api.db.Database;

/**
 * The API keys, kept hashed in the {@code api_keys} table and mirrored in memory, so that checking the key of a
 * request is a map lookup on the event loop rather than a database query. Only this class writes the table, so the
 * mirror stays exact.
 */
public final class ApiKeyStore {

  /** A stored key as listed to admins: never the key itself. */
  public record KeyInfo(String id, Role role, String organisation, String name, Instant createdAt) {}

  /** A key just created: {@code key} is shown this once and not kept. */
  public record IssuedKey(KeyInfo info, String key) {}

  private static final String ADMIN_ID = "admin";

  private final Database db;
  private final Clock clock;
  private final SecureRandom random;
  private final String adminHash;
  private final Map<String, KeyInfo> byHash = new ConcurrentHashMap<>();

  private ApiKeyStore(Database db, String adminKey, Clock clock, SecureRandom random) {
    this.db = db;
    this.clock = clock;
    this.random = random;
    this.adminHash = KeyHash.sha256(adminKey);
  }

  /** Reads the stored keys; {@code adminKey} is the one key that is not stored. */
  public static ApiKeyStore open(Database db, String adminKey, Clock clock, SecureRandom random) throws SQLException {
    ApiKeyStore store = new ApiKeyStore(db, adminKey, clock, random);
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, key_hash, role, organisation, name, created_at FROM api_keys")) {
      while (rs.next()) {
        Role role = Role.byCode(rs.getString(3)).orElseThrow(() -> new IllegalStateException("unknown role in api_keys"));
        store.byHash.put(rs.getString(2).strip(), new KeyInfo(rs.getString(1), role, rs.getString(4), rs.getString(5),
            rs.getObject(6, OffsetDateTime.class).toInstant()));
      }
    }
    return store;
  }

  /** The caller a presented key belongs to; empty for an unknown or deleted key. */
  public Optional<Caller> authenticate(String presented) {
    if (presented == null || presented.isEmpty()) {
      return Optional.empty();
    }
    String hash = KeyHash.sha256(presented);
    if (KeyHash.same(hash, adminHash)) {
      return Optional.of(new Caller(ADMIN_ID, Role.ADMIN, null, "admin key"));
    }
    KeyInfo k = byHash.get(hash);
    return k == null ? Optional.empty() : Optional.of(new Caller(k.id(), k.role(), k.organisation(), k.name()));
  }

  public IssuedKey create(Role role, String organisation, String name) throws SQLException {
    String key = KeyHash.newKey(random);
    byte[] idBytes = new byte[8];
    random.nextBytes(idBytes);
    KeyInfo info = new KeyInfo("key-" + HexFormat.of().formatHex(idBytes), role, organisation, name,
        clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    String hash = KeyHash.sha256(key);
    try (Connection c = db.connection();
        PreparedStatement p = c.prepareStatement(
            "INSERT INTO api_keys (id, key_hash, role, organisation, name, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      p.setString(1, info.id());
      p.setString(2, hash);
      p.setString(3, role.code());
      p.setString(4, organisation);
      p.setString(5, name);
      p.setObject(6, OffsetDateTime.ofInstant(info.createdAt(), ZoneOffset.UTC));
      p.executeUpdate();
    }
    byHash.put(hash, info);
    return new IssuedKey(info, key);
  }

  /** Every stored key, oldest first (the admin key is not stored and not listed). */
  public List<KeyInfo> list() {
    List<KeyInfo> all = new ArrayList<>(byHash.values());
    all.sort(Comparator.comparing(KeyInfo::createdAt).thenComparing(KeyInfo::id));
    return all;
  }

  /** Deletes the key; false when there is no such key. Requests with it are refused from now on. */
  public boolean delete(String id) throws SQLException {
    int n;
    try (Connection c = db.connection();
        PreparedStatement p = c.prepareStatement("DELETE FROM api_keys WHERE id = ?")) {
      p.setString(1, id);
      n = p.executeUpdate();
    }
    byHash.values().removeIf(k -> k.id().equals(id));
    return n > 0;
  }
}
