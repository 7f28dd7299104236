package techmatch.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process of {@link CrashTest}: upserts documents for ever, alternating single upserts and batches, and
 * prints "ACK id" for each id once the call that wrote it has returned (i.e. once it is acknowledged).
 */
public final class CrashWriter {

  static IndexDocument doc(int i) {
    return IndexDocument.builder("c" + i).text("title", "crash tok" + i).text("body", "written by the child process")
        .keyword("org", "o" + (i % 7)).vector(Fixtures.vector(i)).source("payload " + i).build();
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (HybridIndex index = HybridIndex.open(Path.of(args[0]), Fixtures.schema(VectorFormat.int8()))) {
      out.println("OPEN");
      out.flush();
      int next = 0;
      while (next < 10_000_000) {
        if (next % 3 == 0) {
          index.upsert(doc(next));
          out.println("ACK c" + next);
          next++;
        } else {
          List<IndexDocument> batch = new ArrayList<>();
          for (int j = 0; j < 5; j++) {
            batch.add(doc(next + j));
          }
          index.upsertAll(batch);
          for (int j = 0; j < 5; j++) {
            out.println("ACK c" + (next + j));
          }
          next += 5;
        }
        out.flush();
      }
    }
    out.println("DONE");
    out.flush();
  }
}
