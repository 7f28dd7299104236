package techmatch.api.http;

import java.nio.file.Files;

final class BundledMarker {

  private BundledMarker() {}

  static boolean exists(TestService s) {
    return Files.isRegularFile(s.data.bundledMarker());
  }
}
