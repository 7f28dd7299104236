package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SIGKILLs a writing child JVM and checks that every write it had acknowledged survived. */
class CrashTest {

  private static final int ACKS_BEFORE_KILL = 300;

  @Test
  void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
    Path dir = Fixtures.freshDir("crash");
    Path stderr = Path.of("target", "test-indexes", "crash-child-stderr.txt");
    Files.createDirectories(stderr.getParent());
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, CrashWriter.class.getName(), dir.toString())
        .redirectError(stderr.toFile())
        .start();
    List<String> acked = new ArrayList<>();
    boolean sawDone = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      assertEquals("OPEN", first, "child failed to start: " + Files.readString(stderr));
      String line;
      while (acked.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acked.add(line.substring(4));
        }
      }
      assertTrue(child.isAlive(), "the child must still be writing when it is killed: " + Files.readString(stderr));
      // SIGKILL on Unix: no shutdown hooks, no close(), no final commit. Through the handle, unlike
      // Process.destroyForcibly, the pipe stays open, so the acknowledgements already printed can still be read.
      assertTrue(child.toHandle().destroyForcibly());
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
      // lines printed before death are acknowledgements too
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acked.add(line.substring(4));
        }
        sawDone |= line.equals("DONE");
      }
    } finally {
      child.destroyForcibly();
    }
    assertFalse(sawDone);
    assertNotEquals0(child.exitValue());
    assertTrue(acked.size() >= ACKS_BEFORE_KILL);

    try (HybridIndex index = HybridIndex.open(dir, Fixtures.schema(VectorFormat.int8()))) {
      assertTrue(index.size() >= acked.size(), "index has " + index.size() + " docs, " + acked.size() + " acknowledged");
      for (String id : acked) {
        int i = Integer.parseInt(id.substring(1));
        assertEquals("payload " + i, index.get(id).orElse(null), id + " stored source");
        List<TextHit> text = index.searchText(TextQuery.of("tok" + i, Map.of("title", 1f)), SearchFilter.none(), 1);
        assertEquals(id, text.isEmpty() ? null : text.get(0).id(), id + " found by text");
        List<VectorHit> vec = index.searchVector(Fixtures.vector(i), 1, SearchFilter.none());
        assertEquals(id, vec.get(0).id(), id + " found by vector");
      }
      // the index stays writable after recovery
      index.upsert(CrashWriter.doc(-1));
      assertTrue(index.contains("c-1"));
    }
  }

  private static void assertNotEquals0(int exit) {
    assertTrue(exit != 0, "killed, not exited normally (exit " + exit + ")");
  }

}
