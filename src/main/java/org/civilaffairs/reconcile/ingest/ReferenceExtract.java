package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The valid rows of one reference file that one month's persons can need, parsed once and kept
 * beside the archive ({@code extract/2024-05/hukou-<hash>.csv}): resolve and check read these
 * instead of the whole file, in every partition and on every worker. Each row keeps its line in
 * the delivered file (evidence cites it), its values as parsed and its texts, absent columns
 * apart from empty ones. An extract is written whole or not at all; a missing one means "read
 * the delivered file".
 */
public final class ReferenceExtract {

    /** The share of a registry extract that says 死亡: all that the checks read of the registry. */
    public static final String DEATHS = "deaths";
    /** Raised when the layout below changes: an older extract is then not found, and re-made. */
    private static final String LAYOUT = "v1";
    /** Where a row's ID is: after its line. */
    private static final int ID = 1;
    /** Where the texts start: after line, ID, amount, date and month. */
    private static final int TEXTS = 5;

    private ReferenceExtract() {
    }

    /** Where the extract of {@code file} for {@code month} lives under the archive. */
    public static Path path(Path archiveDir, YearMonth month, ReferenceSource source, InboxFile file) {
        return archiveDir.resolve("extract").resolve(month.toString())
                .resolve(source.fileStem() + "-" + file.sha256().substring(0, 16) + "-" + LAYOUT + ".csv");
    }

    /**
     * Where the share of an extract that one resolve partition can need lives, beside the whole
     * ({@code hukou-<hash>-v1.b01of04-<digest>.csv}; {@code partKey} is {@link
     * org.civilaffairs.reconcile.partition.StreetBucket#fileKey()}), or the checks' share ({@link #DEATHS}).
     * A share is written with its whole and removed with it.
     */
    public static Path partPath(Path extract, String partKey) {
        String name = extract.getFileName().toString();
        return extract.resolveSibling(name.substring(0, name.length() - ".csv".length()) + "." + partKey + ".csv");
    }

    /** A row of an extract before it is built: enough for a reader to pass over the rows it does not need. */
    public interface Peek {
        String id();

        /** The row's text of a column, empty when the delivered file had no such column. */
        String text(Column column);
    }

    /** Reads an extract row by row; false when there is none. */
    public static boolean read(Path extract, ReferenceSource source, Consumer<ReferenceRow> rows) {
        return read(extract, source, id -> true, rows);
    }

    /**
     * Reads the rows of an extract whose ID {@code wantsId} lets through, the others passed over
     * unbuilt; false when there is none.
     */
    public static boolean read(Path extract, ReferenceSource source, Predicate<String> wantsId, Consumer<ReferenceRow> rows) {
        return scan(extract, source, wantsId, TEXTS + source.columns().size(), (peek, r) -> rows.accept(row(source, r)));
    }

    /**
     * Reads the rows of an extract whose ID is one of {@code ids}, in the extract's order: through
     * its index when it has one (only those rows are read), else by passing over the others; false
     * when there is no extract.
     */
    public static boolean readOf(Path extract, ReferenceSource source, WantedIds ids, Consumer<ReferenceRow> rows) {
        if (!Files.exists(extract)) {
            return false;
        }
        InputStream chosen = ExtractIndex.rowsOf(extract, ids);
        if (chosen == null) {
            return read(extract, source, ids::contains, rows);
        }
        return scan(chosen, extract, source, ids::contains, TEXTS + source.columns().size(),
                (peek, r) -> rows.accept(row(source, r)));
    }

    /**
     * Passes each row of an extract to {@code rows} without building it, for a reader that needs only
     * its ID and the texts of {@code columns}; false when there is none. The texts after the last of
     * them are passed over unread (a registry row's gender, birth date and status: a resolve partition
     * peeks at an eighth of a city's registry). A peek is valid during its call only.
     */
    public static boolean peek(Path extract, ReferenceSource source, List<Column> columns, Consumer<Peek> rows) {
        int built = TEXTS + columns.stream().mapToInt(source.columns()::indexOf).max().orElse(-1) + 1;
        return scan(extract, source, id -> true, built, (peek, r) -> rows.accept(peek));
    }

    /**
     * Each row of an extract whose ID {@code wantsId} lets through, its first {@code built} values
     * read; read up to its ID only, the others.
     */
    private static boolean scan(Path extract, ReferenceSource source, Predicate<String> wantsId, int built,
                                BiConsumer<Peek, String[]> rows) {
        if (!Files.exists(extract)) {
            return false;
        }
        try {
            return scan(Files.newInputStream(extract), extract, source, wantsId, built, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference extract " + extract, e);
        }
    }

    private static boolean scan(InputStream extractRows, Path extract, ReferenceSource source, Predicate<String> wantsId,
                                int built, BiConsumer<Peek, String[]> rows) {
        try (InputStream in = extractRows) {
            QuotedRecords records = new QuotedRecords(in, extract.getFileName().toString());
            String[] r = new String[TEXTS + source.columns().size()];
            Peek peek = new Peek() {
                @Override
                public String id() {
                    return r[ID];
                }

                @Override
                public String text(Column column) {
                    int index = source.columns().indexOf(column);
                    if (index < 0 || TEXTS + index >= built) {
                        throw new IllegalArgumentException(column + " is not among the columns read of " + source);
                    }
                    return r[TEXTS + index] == null ? "" : r[TEXTS + index];
                }
            };
            while (records.head(r, ID + 1)) {
                if (wantsId.test(r[ID])) {
                    records.rest(r, built);
                    records.skipRest(r.length);
                    rows.accept(peek, r);
                } else {
                    records.skipRest(r.length);
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference extract " + extract, e);
        }
    }

    /**
     * Removes the month's extracts of the source taken from other files (a delivery corrected since),
     * and the partitions' shares of any, which the extraction writes again.
     */
    public static void removeOthers(Path extract, ReferenceSource source) {
        if (!Files.isDirectory(extract.getParent())) {
            return;
        }
        try (var others = Files.list(extract.getParent())) {
            for (Path other : others.filter(p -> p.getFileName().toString().startsWith(source.fileStem() + "-"))
                    .filter(p -> !p.equals(extract)).toList()) {
                Files.delete(other);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + extract.getParent(), e);
        }
    }

    /**
     * Starts an extract, with an index of its rows by ID when {@code indexed} (for a reader that
     * wants the rows of a few persons: {@link #readOf}); nothing is visible until {@link Output#commit()}.
     * An index of the extract made before goes first.
     */
    public static Output create(Path extract, boolean indexed) {
        AtomicFile.delete(ExtractIndex.path(extract));
        AtomicFile file = AtomicFile.of(extract);
        try {
            return new Output(file, DataFiles.writer(file.partial()), indexed ? new ExtractIndex.Builder() : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reference extract " + extract, e);
        }
    }

    /**
     * A row of an extract as its text, in the format {@link QuotedRecords} reads: every value quoted, a
     * quote doubled, {@code \N} for none. Formatted by hand once for the extract and each share the row
     * goes to, and written in one call: Commons CSV's printer was a third of the registry step, and a
     * writer's call per value (each taking its lock) a tenth.
     */
    public static final class Line {
        private final StringBuilder text = new StringBuilder(256);
        private char[] chars = new char[256];
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
        private ByteBuffer bytes = ByteBuffer.allocate(1024);
        private String id;

        /** This line, now holding {@code row}. */
        public Line of(ReferenceSource source, ReferenceRow row) {
            id = row.id();
            text.setLength(0);
            text.append('"').append(row.line()).append('"');
            value(row.id());
            value(row.amount() == null ? null : row.amount().toString());
            value(row.date() == null ? null : row.date().toString());
            value(row.month() == null ? null : row.month().toString());
            for (Column c : source.columns()) {
                value(row.texts().get(c));
            }
            text.append('\n');
            if (chars.length < text.length()) {
                chars = new char[2 * text.length()];
            }
            text.getChars(0, text.length(), chars, 0);
            encode();
            return this;
        }

        /** The line's UTF-8 bytes, made once for the extract and its shares, so that the index knows each row's length. */
        private void encode() {
            while (true) {
                utf8.reset();
                bytes.clear();
                CoderResult result = utf8.encode(CharBuffer.wrap(chars, 0, text.length()), bytes, true);
                if (result.isUnderflow()) {
                    result = utf8.flush(bytes);
                }
                if (result.isUnderflow()) {
                    return;
                }
                if (!result.isOverflow()) {
                    throw new UncheckedIOException("cannot write a reference row as UTF-8", new CharacterCodingException());
                }
                bytes = ByteBuffer.allocate(bytes.capacity() * 2);
            }
        }

        private void value(String value) {
            text.append(',');
            if (value == null) {
                text.append("\\N");
                return;
            }
            text.append('"');
            int from = 0;
            for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
                text.append(value, from, quote + 1).append('"');
                from = quote + 1;
            }
            text.append(value, from, value.length()).append('"');
        }
    }

    /** An extract being written, row by row ({@link Line}). */
    public static final class Output implements AutoCloseable {
        private final AtomicFile file;
        private final OutputStream out;
        /** Null when not asked for, or once the extract is past what an index addresses. */
        private ExtractIndex.Builder index;
        private Line own;
        private long rows;

        private Output(AtomicFile file, OutputStream out, ExtractIndex.Builder index) {
            this.file = file;
            this.out = out;
            this.index = index;
        }

        public void add(ReferenceSource source, ReferenceRow row) {
            own = own == null ? new Line() : own;
            add(own.of(source, row));
        }

        /** Adds a row formatted already (the same for an extract and its shares). */
        public void add(Line line) {
            try {
                out.write(line.bytes.array(), 0, line.bytes.position());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write reference extract " + file.target(), e);
            }
            rows++;
            if (index != null && !index.add(line.id, line.bytes.position())) {
                index = null;
            }
        }

        /** Makes the extract visible, replacing an earlier one; returns its rows. */
        public long commit() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write reference extract " + file.target(), e);
            }
            file.commit();
            if (index != null) {
                index.writeTo(file.target());
            }
            return rows;
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close reference extract " + file.partial(), e);
            }
            file.discard();
        }
    }

    private static ReferenceRow row(ReferenceSource source, String[] r) {
        Map<Column, String> texts = new HashMap<>();
        List<Column> columns = source.columns();
        for (int i = 0; i < columns.size(); i++) {
            String text = r[TEXTS + i];
            if (text != null) {
                texts.put(columns.get(i), text);
            }
        }
        return new ReferenceRow(Long.parseLong(r[0]), r[ID], texts, r[2] == null ? null : new BigDecimal(r[2]),
                r[3] == null ? null : LocalDate.parse(r[3]), r[4] == null ? null : YearMonth.parse(r[4]));
    }
}
