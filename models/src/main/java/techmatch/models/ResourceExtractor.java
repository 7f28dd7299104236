package techmatch.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Copies a classpath resource to a file once. The copy is written to a temporary file next to the target, its SHA-256
 * is compared with the expected value, and only then is it renamed into place atomically, so a reader never sees a
 * half-written file and a crash leaves at most a stray {@code .part} file. An existing target is re-hashed on every
 * call and replaced when its checksum differs (a truncated or edited file heals itself).
 */
final class ResourceExtractor {

    private final ClassLoader loader;

    ResourceExtractor(ClassLoader loader) {
        this.loader = loader;
    }

    /** What {@link #extract} did. */
    enum Outcome {
        VERIFIED_EXISTING,
        EXTRACTED,
        REPLACED_CORRUPT
    }

    /**
     * Makes sure {@code target} holds the resource with the given SHA-256.
     *
     * @param origin named in error messages (the artifact the resource should come from)
     */
    Outcome extract(String resource, String expectedSha256, Path target, String origin) throws IOException {
        boolean existed = Files.isRegularFile(target);
        if (existed && expectedSha256.equals(sha256(target))) {
            return Outcome.VERIFIED_EXISTING;
        }
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString() + ".", ".part");
        try {
            String actual;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("classpath resource '" + resource + "' not found; is " + origin
                            + " on the classpath?");
                }
                actual = copyHashing(in, part);
            }
            if (!expectedSha256.equals(actual)) {
                throw new IOException("classpath resource '" + resource + "' has SHA-256 " + actual + " but "
                        + expectedSha256 + " was expected from " + origin
                        + "; a different version of the jar is on the classpath");
            }
            moveIntoPlace(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
        return existed ? Outcome.REPLACED_CORRUPT : Outcome.EXTRACTED;
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + part + " atomically to " + target
                    + "; the cache folder must be on one local file system", e);
        }
    }

    private static String copyHashing(InputStream in, Path part) throws IOException {
        MessageDigest md = sha256Digest();
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-256 of a file as lower-case hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest md = sha256Digest();
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf) > 0) {
                buf.flip();
                md.update(buf);
                buf.clear();
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
