package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In the test JVM the native libraries come from target/test-home, as the surefire configuration asks. */
class NativeRuntimeTest {

    @Test
    void librariesAreLoadedFromTheTestHome() throws IOException {
        try (OnnxEmbedder e = Embedders.open(TestPaths.config(ModelVariant.INT8).poolSize(1).build())) {
            e.embed("检查");
        }
        NativeRuntime rt = NativeRuntime.current();
        assertEquals(TestPaths.HOME, rt.root());
        assertEquals(TestPaths.HOME.resolve("djl"), rt.djlCacheDir());
        List<String> maps = Files.readAllLines(Paths.get("/proc/self/maps"));
        long onnx = maps.stream().filter(l -> l.endsWith("/libonnxruntime.so")).count();
        long tok = maps.stream().filter(l -> l.endsWith("/libtokenizers.so")).count();
        assertTrue(onnx > 0 && tok > 0, "both libraries are mapped");
        for (String l : maps) {
            if (l.endsWith("/libonnxruntime.so") || l.endsWith("/libtokenizers.so")
                    || l.endsWith("/libonnxruntime4j_jni.so")) {
                assertTrue(l.substring(l.indexOf('/')).startsWith(TestPaths.HOME.toString()), l);
            }
        }
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertFalse(Files.exists(TestPaths.HOME.resolve(".djl.ai")));
    }

    @Test
    void runtimeCannotMove() throws IOException {
        NativeRuntime.configure(TestPaths.HOME);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NativeRuntime.configure(TestPaths.scratch("elsewhere")));
        assertTrue(e.getMessage().contains("already lives in"), e.getMessage());
    }
}
