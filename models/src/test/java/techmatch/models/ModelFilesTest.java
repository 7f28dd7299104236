package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModelFilesTest {

    @Test
    void extractsOnceAndVerifiesAfterwards() throws IOException {
        Path cache = TestPaths.scratch("files");
        ModelFiles first = ModelFiles.extract(ModelVariant.INT8, cache);
        assertTrue(first.extracted());
        assertEquals(ModelVariant.INT8.modelSha256(), ResourceExtractor.sha256(first.model()));
        assertEquals(ModelVariant.INT8.tokenizerSha256(), ResourceExtractor.sha256(first.tokenizer()));
        assertTrue(first.dir().startsWith(cache));
        ModelFiles second = ModelFiles.extract(ModelVariant.INT8, cache);
        assertFalse(second.extracted());
        assertNoPartFiles(cache);
    }

    @Test
    void damagedFileIsReplaced() throws IOException {
        Path cache = TestPaths.scratch("damaged");
        ModelFiles files = ModelFiles.extract(ModelVariant.INT8, cache);
        try (FileChannel ch = FileChannel.open(files.model(), StandardOpenOption.WRITE)) {
            ch.truncate(1000);
        }
        assertTrue(ModelFiles.extract(ModelVariant.INT8, cache).extracted());
        assertEquals(ModelVariant.INT8.modelSha256(), ResourceExtractor.sha256(files.model()));
        assertNoPartFiles(cache);
    }

    @Test
    void unexpectedChecksumIsRefusedAndLeavesNothing() throws IOException {
        Path cache = TestPaths.scratch("mismatch");
        Path target = cache.resolve("x").resolve("tokenizer.json");
        ResourceExtractor extractor = new ResourceExtractor(getClass().getClassLoader());
        IOException e = assertThrows(IOException.class, () -> extractor.extract(
                ModelVariant.INT8.tokenizerResource(), "0".repeat(64), target, "some:artifact:1"));
        assertTrue(e.getMessage().contains("some:artifact:1"), e.getMessage());
        assertFalse(Files.exists(target));
        assertNoPartFiles(cache);
    }

    @Test
    void missingResourceNamesTheArtifact() throws IOException {
        Path cache = TestPaths.scratch("missing");
        ResourceExtractor extractor = new ResourceExtractor(getClass().getClassLoader());
        IOException e = assertThrows(IOException.class, () -> extractor.extract("no-such.onnx", "0".repeat(64),
                cache.resolve("m.onnx"), "g:missing:1"));
        assertTrue(e.getMessage().contains("g:missing:1"), e.getMessage());
    }

    private static void assertNoPartFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(0, s.filter(p -> p.toString().endsWith(".part")).count());
        }
    }
}
