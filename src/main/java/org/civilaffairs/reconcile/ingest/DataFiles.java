package org.civilaffairs.reconcile.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The binary files a run writes beside the archive (a street's rows and households, a roster's
 * persons and staged rows, shared enrollments), opened for one thread. The JDK's buffered streams take a lock on
 * every call, and {@link DataInputStream} and {@link DataOutputStream} make two or three calls a
 * value: tens of millions in a city's month. These buffers take none.
 */
public final class DataFiles {

    private static final int BUFFER = 1 << 16;

    private DataFiles() {
    }

    public static DataInputStream reader(Path file) throws IOException {
        return reader(file, BUFFER);
    }

    /** A reader with a buffer of {@code size} bytes (small where many files are open at once). */
    public static DataInputStream reader(Path file, int size) throws IOException {
        return new DataInputStream(new Input(Files.newInputStream(file), size));
    }

    public static DataOutputStream writer(Path file) throws IOException {
        return writer(file, BUFFER);
    }

    /** A writer with a buffer of {@code size} bytes (small where many files are open at once). */
    public static DataOutputStream writer(Path file, int size) throws IOException {
        return new DataOutputStream(new Output(Files.newOutputStream(file), size));
    }

    /** Writes a text that may be null, as {@link #readText} reads it. */
    public static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    public static String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** Passes over a text {@link DataOutputStream#writeUTF} wrote. */
    public static void skipUTF(DataInputStream in) throws IOException {
        in.skipNBytes(in.readUnsignedShort());
    }

    private static final class Input extends InputStream {
        private final InputStream in;
        private final byte[] buffer;
        private int position;
        private int count;

        Input(InputStream in, int size) {
            this.in = in;
            this.buffer = new byte[size];
        }

        @Override
        public int read() throws IOException {
            return position < count || fill() ? buffer[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= count) {
                if (length >= buffer.length) {
                    return in.read(into, offset, length);
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, count - position);
            System.arraycopy(buffer, position, into, offset, n);
            position += n;
            return n;
        }

        /** Skips within the buffer: {@link InputStream#skip} would read into a new array at each call. */
        @Override
        public long skip(long n) throws IOException {
            if (n <= 0 || position >= count && !fill()) {
                return 0;
            }
            int skipped = (int) Math.min(n, count - position);
            position += skipped;
            return skipped;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            count = Math.max(n, 0);
            return n > 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Output extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer;
        private int count;

        Output(OutputStream out, int size) {
            this.out = out;
            this.buffer = new byte[size];
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] from, int offset, int length) throws IOException {
            if (length > buffer.length - count) {
                drain();
                if (length >= buffer.length) {
                    out.write(from, offset, length);
                    return;
                }
            }
            System.arraycopy(from, offset, buffer, count, length);
            count += length;
        }

        private void drain() throws IOException {
            out.write(buffer, 0, count);
            count = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try (out) {
                flush();
            }
        }
    }
}
