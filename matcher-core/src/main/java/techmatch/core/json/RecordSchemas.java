package techmatch.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The versioned JSON Schema files of the record standard, as shipped in this module's resources. */
public final class RecordSchemas {

  private RecordSchemas() {}

  /** The schema text for {@code kind} ("achievement" or "demand") at {@code version}. */
  public static String text(String kind, int version) {
    String resource = "/techmatch/schema/" + kind + ".v" + version + ".schema.json";
    try (InputStream in = RecordSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema for " + kind + " version " + version);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
