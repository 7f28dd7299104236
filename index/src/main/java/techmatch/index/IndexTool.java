package techmatch.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Offline operations on an index folder that no process has open (the running service snapshots through
 * {@link HybridIndex#snapshot}):
 *
 * <pre>
 * java -cp "$(cat index/target/classpath.txt):index/target/classes" techmatch.index.IndexTool check DIR
 * java -cp "$(cat index/target/classpath.txt):index/target/classes" techmatch.index.IndexTool snapshot DIR TARGET
 * </pre>
 *
 * {@code check} verifies every file's checksum and prints the recorded model, dimensions and record count;
 * {@code snapshot} copies the last commit into an empty TARGET. Exit status 0 on success, 1 on a corrupt or busy
 * index, 2 on bad usage.
 */
public final class IndexTool {

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2 || !(args[0].equals("check") && args.length == 2 || args[0].equals("snapshot") && args.length == 3)) {
      err.println("usage: IndexTool check DIR | IndexTool snapshot DIR TARGET");
      return 2;
    }
    Path dir = Path.of(args[1]);
    if (!Files.isDirectory(dir)) {
      err.println("no such index folder: " + dir);
      return 2;
    }
    try (Directory directory = FSDirectory.open(dir); Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      if (args[0].equals("check")) {
        check(directory, dir, out);
      } else {
        SnapshotInfo info = copyLastCommit(directory, Path.of(args[2]));
        out.println("copied commit " + info.generation() + " (" + info.files() + " files, " + info.bytes() + " bytes) to " + info.directory());
      }
      return 0;
    } catch (LockObtainFailedException e) {
      err.println("index at " + dir + " is open in a running process; snapshot it through the service instead");
      return 1;
    } catch (CorruptIndexException | java.io.EOFException | java.nio.file.NoSuchFileException e) {
      err.println("index at " + dir + " is corrupt: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("index at " + dir + ": " + e.getMessage());
      return 1;
    }
  }

  private static void check(Directory directory, Path dir, PrintStream out) throws IOException {
    SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
      out.println("index " + dir + ": OK, commit " + infos.getGeneration() + ", " + reader.numDocs() + " records, "
          + reader.leaves().size() + " segments");
      infos.getUserData().forEach((k, v) -> out.println("  " + k + " = " + v));
    }
  }

  static SnapshotInfo copyLastCommit(Directory source, Path target) throws IOException {
    if (Files.exists(target)) {
      try (var entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new IOException("snapshot target " + target + " is not empty");
        }
      }
    }
    Files.createDirectories(target);
    SegmentInfos infos = SegmentInfos.readLatestCommit(source);
    List<String> files = new ArrayList<>(infos.files(false));
    String segmentsFile = infos.getSegmentsFileName();
    files.add(segmentsFile); // last: without it the copy is not an index yet
    long bytes = 0;
    try (Directory out = FSDirectory.open(target)) {
      for (String f : files) {
        out.copyFrom(source, f, f, IOContext.DEFAULT);
        bytes += out.fileLength(f);
      }
      out.sync(files);
      out.syncMetaData();
    }
    return new SnapshotInfo(target, infos.getGeneration(), files.size(), bytes);
  }

  private IndexTool() {}
}
