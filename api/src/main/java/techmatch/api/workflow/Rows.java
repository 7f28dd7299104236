package techmatch.api.workflow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import techmatch.api.service.RecordKind;

/** Reading and writing the column types the workflow tables share. */
final class Rows {

  private Rows() {}

  static void time(PreparedStatement p, int i, Instant t) throws SQLException {
    p.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
  }

  static Instant time(ResultSet rs, String col) throws SQLException {
    OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static RecordKind kind(ResultSet rs, String col) throws SQLException {
    String v = rs.getString(col);
    return v == null ? null : RecordKind.byName(v).orElseThrow(() -> new SQLException("unknown record kind " + v));
  }

  static String kind(RecordKind k) {
    return k == null ? null : k.singular();
  }

  static Long nullableLong(ResultSet rs, String col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  static void nullableLong(PreparedStatement p, int i, Long v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.BIGINT);
    } else {
      p.setLong(i, v);
    }
  }

  static long generatedId(PreparedStatement p) throws SQLException {
    try (ResultSet keys = p.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated id");
      }
      return keys.getLong(1);
    }
  }
}
