package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the embedder in a fresh JVM whose home and temp folder are empty folders of their own, with none of DJL's
 * environment variables set, and checks that everything it wrote is in the configured cache folder, that the native
 * libraries it loaded come from there, and that the real home gained no ~/.djl.ai or ~/.cache/JNA.
 */
class NoStrayWritesTest {

    @Test
    void embedderWritesOnlyIntoItsFolder() throws Exception {
        Path root = TestPaths.scratch("isolated");
        Path home = Files.createDirectories(root.resolve("home"));
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path cache = root.resolve("cache");
        Path realHome = Paths.get(System.getenv().getOrDefault("HOME", "/nonexistent"));
        List<Path> watched = List.of(realHome.resolve(".djl.ai"), realHome.resolve(".cache").resolve("JNA"),
                TestPaths.HOME.resolve(".djl.ai"));
        List<Boolean> before = watched.stream().map(Files::exists).collect(Collectors.toList());

        String classpath = Files.readString(Paths.get("target", "classpath.txt"), StandardCharsets.UTF_8).trim()
                + ":" + Paths.get("target", "classes").toAbsolutePath()
                + ":" + Paths.get("target", "test-classes").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp, "-cp", classpath,
                EmbedOnceMain.class.getName(), cache.toString());
        pb.directory(root.toFile());
        pb.redirectErrorStream(true);
        for (String v : List.of("DJL_CACHE_DIR", "ENGINE_CACHE_DIR", "XDG_CACHE_HOME", "DJL_OFFLINE")) {
            pb.environment().remove(v);
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child did not finish");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("OK"), output);

        assertEquals(Set.of("cache", "home", "tmp"), names(root), "the working folder gained files");
        assertEquals(Set.of(), names(home), "user.home gained files");
        assertEquals(Set.of(), names(tmp), "java.io.tmpdir kept files");
        List<String> mapped = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("MAPPED ")) {
                mapped.add(line.substring(7).trim());
            }
        }
        assertTrue(mapped.stream().anyMatch(m -> m.endsWith("libonnxruntime.so")), output);
        assertTrue(mapped.stream().anyMatch(m -> m.endsWith("libtokenizers.so")), output);
        for (String m : mapped) {
            assertTrue(m.startsWith(cache.toString()), "native library loaded from outside the cache: " + m);
        }
        try (Stream<Path> s = Files.walk(cache)) {
            Set<String> files = s.filter(Files::isRegularFile).map(f -> cache.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(files.contains("native/onnxruntime-1.21.1/linux-x64/libonnxruntime.so"), files.toString());
            assertTrue(files.stream().anyMatch(f -> f.startsWith("djl/tokenizers/") && f.endsWith("libtokenizers.so")),
                    files.toString());
            assertTrue(files.contains("models/bge-small-zh-v1.5-int8-15b717c382bc/model.onnx"), files.toString());
        }
        for (int i = 0; i < watched.size(); i++) {
            if (!before.get(i)) {
                assertFalse(Files.exists(watched.get(i)), watched.get(i) + " appeared");
            }
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
