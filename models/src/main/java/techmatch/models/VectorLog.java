package techmatch.models;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;

/**
 * An append-only file of (32-byte key, float vector) records with an in-memory index from key to file offset.
 *
 * <p>Format, little-endian: a 16-byte header ({@code "TMVL"}, version 1, dimensions, 0), then fixed-size records of
 * key (32 bytes), {@code dimensions} floats and a CRC-32C of both. Fixed-size records make recovery simple: on open
 * a partial record at the end (a write cut short by a crash) is cut off, and a record whose checksum fails is skipped
 * and counted, never fatal. A record is appended with one positional write; after a process kill the kernel still
 * holds it, after a power cut the tail may be lost, which the next open handles as above. {@link #flush()} forces the
 * file to disk.
 *
 * <p>Thread-safe: lookups are lock-free positional reads, appends take a lock. The file is locked against other
 * processes while open.
 */
final class VectorLog implements AutoCloseable {

    static final int KEY_BYTES = 32;
    private static final int HEADER_BYTES = 16;
    private static final int MAGIC = 0x4C564D54; // "TMVL" read little-endian
    private static final int VERSION = 1;

    /** A 32-byte key as four longs: cheap to hash and compare. */
    record Key(long a, long b, long c, long d) {

        static Key of(byte[] bytes) {
            ByteBuffer bb = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            return new Key(bb.getLong(), bb.getLong(), bb.getLong(), bb.getLong());
        }

        void write(ByteBuffer bb) {
            bb.putLong(a).putLong(b).putLong(c).putLong(d);
        }
    }

    /** What {@link #open} found in an existing file. */
    record Recovery(int records, int corruptRecords, long tornTailBytes) {
    }

    private final Path path;
    private final int dimensions;
    private final int recordBytes;
    private final FileChannel channel;
    private final FileLock lock;
    private final ConcurrentHashMap<Key, Long> index = new ConcurrentHashMap<>();
    private final ReentrantLock appendLock = new ReentrantLock();
    private final Recovery recovery;
    private long end;

    private VectorLog(Path path, int dimensions, FileChannel channel, FileLock lock) throws IOException {
        this.path = path;
        this.dimensions = dimensions;
        this.recordBytes = KEY_BYTES + 4 * dimensions + 4;
        this.channel = channel;
        this.lock = lock;
        this.recovery = load();
    }

    static VectorLog open(Path path, int dimensions) throws IOException {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be positive, got " + dimensions);
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                throw new IOException(path + " is already open in this process", e);
            }
            if (lock == null) {
                throw new IOException(path + " is in use by another process");
            }
            return new VectorLog(path, dimensions, ch, lock);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private Recovery load() throws IOException {
        long size = channel.size();
        if (size < HEADER_BYTES) {
            // New file, or a crash before the header was complete: nothing can have been stored yet.
            channel.truncate(0);
            ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(MAGIC).putInt(VERSION).putInt(dimensions).putInt(0).flip();
            writeFully(h, 0);
            end = HEADER_BYTES;
            return new Recovery(0, 0, size);
        }
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        readFully(h, 0);
        h.flip();
        int magic = h.getInt();
        int version = h.getInt();
        int dims = h.getInt();
        if (magic != MAGIC || version != VERSION) {
            throw new IOException(path + " is not a vector log (bad header)");
        }
        if (dims != dimensions) {
            throw new IOException(path + " holds " + dims + "-dimensional vectors, not " + dimensions);
        }
        long records = (size - HEADER_BYTES) / recordBytes;
        long torn = (size - HEADER_BYTES) % recordBytes;
        int corrupt = 0;
        int perChunk = Math.max(1, (1 << 20) / recordBytes);
        ByteBuffer chunk = ByteBuffer.allocate(perChunk * recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        CRC32C crc = new CRC32C();
        for (long r = 0; r < records; r += perChunk) {
            int n = (int) Math.min(perChunk, records - r);
            chunk.clear().limit(n * recordBytes);
            long base = HEADER_BYTES + r * recordBytes;
            readFully(chunk, base);
            for (int i = 0; i < n; i++) {
                int at = i * recordBytes;
                crc.reset();
                crc.update(chunk.array(), at, recordBytes - 4);
                if ((int) crc.getValue() != chunk.getInt(at + recordBytes - 4)) {
                    corrupt++;
                    continue;
                }
                Key key = new Key(chunk.getLong(at), chunk.getLong(at + 8), chunk.getLong(at + 16),
                        chunk.getLong(at + 24));
                index.putIfAbsent(key, base + (long) at);
            }
        }
        end = HEADER_BYTES + records * recordBytes;
        if (torn > 0) {
            channel.truncate(end);
        }
        return new Recovery((int) records, corrupt, torn);
    }

    /** The vector stored under {@code key}, or null when absent or its record fails the checksum. */
    float[] get(Key key) throws IOException {
        Long offset = index.get(key);
        if (offset == null) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate(recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        readFully(buf, offset);
        CRC32C crc = new CRC32C();
        crc.update(buf.array(), 0, recordBytes - 4);
        if ((int) crc.getValue() != buf.getInt(recordBytes - 4)) {
            index.remove(key, offset);
            return null;
        }
        float[] v = new float[dimensions];
        buf.position(KEY_BYTES);
        buf.asFloatBuffer().get(v);
        return v;
    }

    boolean contains(Key key) {
        return index.containsKey(key);
    }

    /** Appends the records whose keys are not stored yet, in one write. */
    void putAll(List<Key> keys, List<float[]> vectors) throws IOException {
        appendLock.lock();
        try {
            ByteBuffer buf = ByteBuffer.allocate(keys.size() * recordBytes).order(ByteOrder.LITTLE_ENDIAN);
            List<Key> added = new java.util.ArrayList<>();
            CRC32C crc = new CRC32C();
            java.util.Set<Key> seen = new java.util.HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                Key k = keys.get(i);
                float[] v = vectors.get(i);
                if (v.length != dimensions) {
                    throw new IllegalArgumentException("vector has " + v.length + " components, the log stores "
                            + dimensions);
                }
                if (index.containsKey(k) || !seen.add(k)) {
                    continue;
                }
                int start = buf.position();
                k.write(buf);
                for (float x : v) {
                    buf.putFloat(x);
                }
                crc.reset();
                crc.update(buf.array(), start, recordBytes - 4);
                buf.putInt((int) crc.getValue());
                added.add(k);
            }
            if (added.isEmpty()) {
                return;
            }
            buf.flip();
            long at = end;
            writeFully(buf, at);
            end = at + (long) added.size() * recordBytes;
            for (int i = 0; i < added.size(); i++) {
                index.putIfAbsent(added.get(i), at + (long) i * recordBytes);
            }
        } finally {
            appendLock.unlock();
        }
    }

    int size() {
        return index.size();
    }

    Recovery recovery() {
        return recovery;
    }

    Path path() {
        return path;
    }

    void flush() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            channel.force(false);
            lock.release();
        } finally {
            channel.close();
        }
    }

    private void readFully(ByteBuffer buf, long position) throws IOException {
        long p = position;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, p);
            if (n < 0) {
                throw new IOException(path + ": unexpected end of file at " + p);
            }
            p += n;
        }
    }

    private void writeFully(ByteBuffer buf, long position) throws IOException {
        long p = position;
        while (buf.hasRemaining()) {
            p += channel.write(buf, p);
        }
    }
}
