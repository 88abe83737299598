package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
        try (InputStream in = Files.newInputStream(extract)) {
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

    /** Starts an extract; nothing is visible until {@link Output#commit()}. */
    public static Output create(Path extract) {
        AtomicFile file = AtomicFile.of(extract);
        try {
            return new Output(file, Files.newBufferedWriter(file.partial(), StandardCharsets.UTF_8));
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
        private int length;

        /** This line, now holding {@code row}. */
        public Line of(ReferenceSource source, ReferenceRow row) {
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
            length = text.length();
            if (chars.length < length) {
                chars = new char[2 * length];
            }
            text.getChars(0, length, chars, 0);
            return this;
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
        private final Writer out;
        private Line own;
        private long rows;

        private Output(AtomicFile file, Writer out) {
            this.file = file;
            this.out = out;
        }

        public void add(ReferenceSource source, ReferenceRow row) {
            own = own == null ? new Line() : own;
            add(own.of(source, row));
        }

        /** Adds a row formatted already (the same for an extract and its shares). */
        public void add(Line line) {
            try {
                out.write(line.chars, 0, line.length);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write reference extract " + file.target(), e);
            }
            rows++;
        }

        /** Makes the extract visible, replacing an earlier one; returns its rows. */
        public long commit() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write reference extract " + file.target(), e);
            }
            file.commit();
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
