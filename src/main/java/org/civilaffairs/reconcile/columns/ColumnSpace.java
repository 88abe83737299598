package org.civilaffairs.reconcile.columns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the columns of a month-sized structure are kept (linkage's month, the registry step's
 * tables of partitions): on the heap, or outside it, in files mapped to memory, for a month whose
 * columns would crowd the heap. Mapped, they are paged in and out by the operating system like any
 * file: what a step holds on the heap then no longer follows the month. A file is deleted as soon
 * as it is mapped, so that a killed run leaves none behind; its space is freed when its column is
 * collected.
 */
public final class ColumnSpace {

    /** Columns as heap arrays: a month small enough, and the tests' months. */
    public static final ColumnSpace HEAP = new ColumnSpace(null);

    private final Path dir;

    private ColumnSpace(Path dir) {
        this.dir = dir;
    }

    /** Columns in files mapped from {@code dir} (a disk, not a memory file system: those pages could not be given back). */
    public static ColumnSpace filesIn(Path dir) {
        try {
            return new ColumnSpace(Files.createDirectories(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make column files under " + dir, e);
        }
    }

    public boolean mapped() {
        return dir != null;
    }

    public IntBuffer ints(int n) {
        return dir == null ? IntBuffer.allocate(n) : mapped(n, Integer.BYTES).asIntBuffer();
    }

    public LongBuffer longs(int n) {
        return dir == null ? LongBuffer.allocate(n) : mapped(n, Long.BYTES).asLongBuffer();
    }

    public CharBuffer chars(int n) {
        return dir == null ? CharBuffer.allocate(n) : mapped(n, Character.BYTES).asCharBuffer();
    }

    public ByteBuffer bytes(int n) {
        return dir == null ? ByteBuffer.allocate(n) : mapped(n, Byte.BYTES);
    }

    /** A column of {@code n} values, the first of which are {@code column}'s. */
    public IntBuffer grown(IntBuffer column, int n) {
        return ints(n).put(0, column, 0, Math.min(n, column.capacity()));
    }

    public LongBuffer grown(LongBuffer column, int n) {
        return longs(n).put(0, column, 0, Math.min(n, column.capacity()));
    }

    public CharBuffer grown(CharBuffer column, int n) {
        return chars(n).put(0, column, 0, Math.min(n, column.capacity()));
    }

    public ByteBuffer grown(ByteBuffer column, int n) {
        return bytes(n).put(0, column, 0, Math.min(n, column.capacity()));
    }

    private ByteBuffer mapped(int n, int width) {
        long size = (long) n * width;
        if (size > Integer.MAX_VALUE) {
            throw new IllegalStateException("a column of " + n + " values passes the 2 GB a mapped file can hold");
        }
        try {
            Path file = Files.createTempFile(dir, "column-", ".bin");
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                return channel.map(FileChannel.MapMode.READ_WRITE, 0, size).order(ByteOrder.nativeOrder());
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map a column under " + dir, e);
        }
    }
}
