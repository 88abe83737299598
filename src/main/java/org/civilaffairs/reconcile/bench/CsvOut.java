package org.civilaffairs.reconcile.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A streaming CSV file: one line is built in a reusable buffer, then written once (or twice, as a duplicate). */
final class CsvOut implements Closeable {

    private final String name;
    private final Writer out;
    private final String newline;
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;
    private long rows;

    private CsvOut(String name, Writer out, String newline) {
        this.name = name;
        this.out = out;
        this.newline = newline;
    }

    /** @param bom write a UTF-8 byte-order mark; @param crlf Windows line ends */
    static CsvOut open(Path file, Charset charset, boolean bom, boolean crlf) {
        try {
            Files.createDirectories(file.getParent());
            Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16);
            if (bom && charset.equals(StandardCharsets.UTF_8)) {
                writer.write('\uFEFF');
            }
            return new CsvOut(file.getFileName().toString(), writer, crlf ? "\r\n" : "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    CsvOut header(String... names) {
        for (String name : names) {
            field(name);
        }
        end();
        rows = 0;
        return this;
    }

    CsvOut field(CharSequence value) {
        separator();
        if (needsQuotes(value)) {
            line.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
        return this;
    }

    CsvOut field(long value) {
        separator();
        line.append(value);
        return this;
    }

    /** A field written by the caller straight into the line (no quoting needed). */
    StringBuilder raw() {
        separator();
        return line;
    }

    /** Ends the row; {@code times} = 2 writes an exact duplicate line. */
    void end(int times) {
        line.append(newline);
        try {
            for (int k = 0; k < times; k++) {
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows += times;
        line.setLength(0);
        first = true;
    }

    void end() {
        end(1);
    }

    long rows() {
        return rows;
    }

    String name() {
        return name;
    }

    /** The line number the next row gets (the header is line 1). */
    long nextLine() {
        return rows + 2;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void separator() {
        if (!first) {
            line.append(',');
        }
        first = false;
    }

    private static boolean needsQuotes(CharSequence value) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
