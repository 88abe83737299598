package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The valid rows of one reference file that one month's persons can need, parsed once and kept
 * beside the archive ({@code extract/2024-05/hukou-<hash>.csv}): resolve and check read these
 * instead of the whole file, in every partition and on every worker. Each row keeps its line in
 * the delivered file (evidence cites it), its values as parsed and its texts, absent columns
 * apart from empty ones. An extract is written whole or not at all; a missing one means "read
 * the delivered file".
 */
public final class ReferenceExtract {

    /** Raised when the layout below changes: an older extract is then not found, and re-made. */
    private static final String LAYOUT = "v1";
    /** Where the texts start: after line, ID, amount, date and month. */
    private static final int TEXTS = 5;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setNullString("\\N")
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setRecordSeparator('\n').get();

    private ReferenceExtract() {
    }

    /** Where the extract of {@code file} for {@code month} lives under the archive. */
    public static Path path(Path archiveDir, YearMonth month, ReferenceSource source, InboxFile file) {
        return archiveDir.resolve("extract").resolve(month.toString())
                .resolve(source.fileStem() + "-" + file.sha256().substring(0, 16) + "-" + LAYOUT + ".csv");
    }

    /** A row of an extract before it is built: enough for a reader to pass over the rows it does not need. */
    public interface Peek {
        String id();

        /** The row's text of a column, empty when the delivered file had no such column. */
        String text(Column column);
    }

    /** Reads an extract row by row; false when there is none. */
    public static boolean read(Path extract, ReferenceSource source, Consumer<ReferenceRow> rows) {
        return read(extract, source, peek -> true, rows);
    }

    /** Reads the rows of an extract that {@code wants} lets through; false when there is none. */
    public static boolean read(Path extract, ReferenceSource source, Predicate<Peek> wants, Consumer<ReferenceRow> rows) {
        if (!Files.exists(extract)) {
            return false;
        }
        try (Reader in = Files.newBufferedReader(extract, StandardCharsets.UTF_8)) {
            for (CSVRecord r : FORMAT.parse(in)) {
                Peek peek = new Peek() {
                    @Override
                    public String id() {
                        return r.get(1);
                    }

                    @Override
                    public String text(Column column) {
                        String text = r.get(TEXTS + source.columns().indexOf(column));
                        return text == null ? "" : text;
                    }
                };
                if (wants.test(peek)) {
                    rows.accept(row(source, r));
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference extract " + extract, e);
        }
    }

    /** Removes the month's extracts of the source taken from other files (a delivery corrected since). */
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
        try {
            Files.createDirectories(extract.getParent());
            Path partial = extract.resolveSibling(extract.getFileName() + ".partial");
            return new Output(extract, partial, new CSVPrinter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), FORMAT));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reference extract " + extract, e);
        }
    }

    /** An extract being written. */
    public static final class Output implements AutoCloseable {
        private final Path target;
        private final Path partial;
        private final CSVPrinter printer;
        private final List<Object> fields = new ArrayList<>();
        private long rows;

        private Output(Path target, Path partial, CSVPrinter printer) {
            this.target = target;
            this.partial = partial;
            this.printer = printer;
        }

        public void add(ReferenceSource source, ReferenceRow row) {
            fields.clear();
            fields.add(row.line());
            fields.add(row.id());
            fields.add(row.amount() == null ? null : row.amount().toString());
            fields.add(row.date() == null ? null : row.date().toString());
            fields.add(row.month() == null ? null : row.month().toString());
            source.columns().forEach(c -> fields.add(row.texts().get(c)));
            try {
                printer.printRecord(fields);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write reference extract " + target, e);
            }
            rows++;
        }

        /** Makes the extract visible, replacing an earlier one; returns its rows. */
        public long commit() {
            try {
                printer.close();
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write reference extract " + target, e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close();
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove partial reference extract " + partial, e);
            }
        }
    }

    private static ReferenceRow row(ReferenceSource source, CSVRecord r) {
        Map<Column, String> texts = new HashMap<>();
        List<Column> columns = source.columns();
        for (int i = 0; i < columns.size(); i++) {
            String text = r.get(TEXTS + i);
            if (text != null) {
                texts.put(columns.get(i), text);
            }
        }
        return new ReferenceRow(Long.parseLong(r.get(0)), r.get(1), texts, r.get(2) == null ? null : new BigDecimal(r.get(2)),
                r.get(3) == null ? null : LocalDate.parse(r.get(3)), r.get(4) == null ? null : YearMonth.parse(r.get(4)));
    }
}
