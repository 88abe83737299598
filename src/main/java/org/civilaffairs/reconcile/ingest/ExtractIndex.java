package org.civilaffairs.reconcile.ingest;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where each row of an extract is, by the hash of its ID ({@code business-<hash>-v1.csv.ids} beside
 * it): a check partition reads only the rows of its persons instead of passing over every row of
 * the month's extracts, which made each of 32 partitions of a 4M-row month pay for the whole month.
 * Written after its extract is committed and removed before the extract is made again, so an index
 * that exists describes the extract beside it; a missing one means "scan the extract".
 * <p>
 * Layout: the row count n, then n longs {@code idHash << 32 | row} sorted, then n + 1 ints, each
 * row's byte offset in the extract and the extract's length.
 */
final class ExtractIndex {

    private ExtractIndex() {
    }

    static Path path(Path extract) {
        return extract.resolveSibling(extract.getFileName() + ".ids");
    }

    /** Rows' ID hashes and byte offsets as an extract is written, in row order. */
    static final class Builder {
        private int[] hashes = new int[1024];
        private int[] offsets = new int[1025];
        private int rows;
        private long length;

        /** A row of {@code bytes} bytes whose ID is {@code id}; false once the extract is past what an index can address. */
        boolean add(String id, int bytes) {
            if (rows == hashes.length) {
                hashes = Arrays.copyOf(hashes, rows * 2);
                offsets = Arrays.copyOf(offsets, rows * 2 + 1);
            }
            hashes[rows] = id == null ? 0 : id.hashCode();
            offsets[rows] = (int) length;
            rows++;
            length += bytes;
            return length <= Integer.MAX_VALUE;
        }

        void writeTo(Path extract) {
            long[] keys = new long[rows];
            for (int r = 0; r < rows; r++) {
                keys[r] = (long) hashes[r] << 32 | r;
            }
            Arrays.sort(keys);
            offsets[rows] = (int) length;
            AtomicFile.write(path(extract), out -> write(out, keys));
        }

        private void write(DataOutputStream out, long[] keys) throws IOException {
            out.writeInt(rows);
            for (long key : keys) {
                out.writeLong(key);
            }
            for (int r = 0; r <= rows; r++) {
                out.writeInt(offsets[r]);
            }
        }
    }

    /**
     * The bytes of the extract's rows whose ID hashes like one of {@code ids}, in row order, as one
     * stream; null when the extract has no index. Rows of another ID of the same hash come too: the
     * reader tells them apart. The index is walked once beside the sorted hashes; of the extract
     * only the chosen rows are read, each run of them at its offset. Neither is mapped: a mapping
     * lives until the collector finds it, and the pages of every partition's mappings counted in
     * the process's resident memory (2.0 GB at 4M rows against 1.8 GB).
     */
    static InputStream rowsOf(Path extract, WantedIds ids) {
        Path index = path(extract);
        if (!Files.exists(index)) {
            return null;
        }
        int[] wanted = ids.sortedHashes();
        try {
            ByteBuffer keys = ByteBuffer.wrap(Files.readAllBytes(index));
            int rows = keys.getInt(0);
            int[] chosen = new int[Math.min(rows, 1024)];
            int n = 0;
            for (int k = 0, w = 0; k < rows && w < wanted.length; k++) {
                long key = keys.getLong(Integer.BYTES + k * Long.BYTES);
                int hash = (int) (key >> 32);
                while (w < wanted.length && wanted[w] < hash) {
                    w++;
                }
                if (w < wanted.length && wanted[w] == hash) {
                    chosen = n < chosen.length ? chosen : Arrays.copyOf(chosen, n * 2);
                    chosen[n++] = (int) key;
                }
            }
            chosen = Arrays.copyOf(chosen, n);
            Arrays.sort(chosen);
            int[] offsets = new int[rows + 1];
            keys.position(Integer.BYTES + rows * Long.BYTES).asIntBuffer().get(offsets);
            return new Gathered(FileChannel.open(extract, StandardOpenOption.READ), chosen, offsets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index of reference extract " + extract, e);
        }
    }

    /** The chosen rows' bytes one after the other, each run of them read from where the index says it is. */
    private static final class Gathered extends InputStream {
        private final FileChannel extract;
        private final int[] rows;
        private final int[] offsets;
        private int next;
        private long position;
        private long end;

        Gathered(FileChannel extract, int[] rows, int[] offsets) {
            this.extract = extract;
            this.rows = rows;
            this.offsets = offsets;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        /** As many of the chosen rows as fit, so that a reader's buffer fills in one call. */
        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            int n = 0;
            while (n < length && (position < end || nextRow())) {
                int read = extract.read(ByteBuffer.wrap(into, offset + n, (int) Math.min(length - n, end - position)), position);
                if (read < 0) {
                    throw new IOException("reference extract shorter than its index: make the month's extracts again");
                }
                position += read;
                n += read;
            }
            return n == 0 && length > 0 ? -1 : n;
        }

        /** Moves to the next chosen row, with the chosen rows that follow it in the file. */
        private boolean nextRow() {
            if (next == rows.length) {
                return false;
            }
            int first = rows[next++];
            int last = first;
            while (next < rows.length && rows[next] == last + 1) {
                last = rows[next++];
            }
            position = offsets[first];
            end = offsets[last + 1];
            return true;
        }

        @Override
        public void close() throws IOException {
            extract.close();
        }
    }
}
