package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civilaffairs.reconcile.identity.IdNumbers;

/**
 * Streams a reference extract row by row with the shared CSV dialect, validating IDs (§5 steps 1-3)
 * and the values checks read (§13.9). Nothing is held beyond the current row, so a registry of
 * millions of people is read in constant memory; callers keep only the rows they need.
 */
public final class ReferenceReader {

    /** Receives what a reference file holds. */
    public interface Sink {
        default void header(Header header) {
        }

        void row(ReferenceRow row);

        /**
         * Whether the row can matter to this sink, asked before the row is validated: {@code candidateId}
         * is the one ID the row can be valid as (null when none). A row refused here is neither
         * validated nor reported, so only sinks that drop unwanted rows anyway may refuse any.
         */
        default boolean wants(String candidateId, Header header, CsvRecord record) {
            return true;
        }

        default void reject(long line, RejectReason reason, String rawMasked) {
        }

        /**
         * Whether every row is validated and each reject reported, whatever {@link #wants} says: the
         * one pass over a file that keeps its accounting. A valid row it does not want goes to
         * {@link #passedOver}.
         */
        default boolean validatesAll() {
            return false;
        }

        default void passedOver() {
        }
    }

    private final ReferenceSource source;
    private final LocalDate latestBirth;

    /** @param month the month folder the file came from: IDs born after it are invalid */
    public ReferenceReader(ReferenceSource source, YearMonth month) {
        this.source = source;
        this.latestBirth = month.atEndOfMonth();
    }

    /** Reads the header alone: whether the file can be used, and how its columns are laid out. */
    public Header.Outcome header(Path file, Charset charset) throws IOException {
        try (Reader reader = Encodings.open(file, charset); CsvRecordReader records = new CsvRecordReader(reader)) {
            return Header.read(records, source.columns());
        }
    }

    /**
     * Reads the file. Returns why the whole file is rejected (empty, or a required column missing:
     * nothing is read then), else empty.
     */
    public Optional<FileProblem> read(Path file, Charset charset, Sink sink) throws IOException {
        try (Reader reader = Encodings.open(file, charset); CsvRecordReader records = new CsvRecordReader(reader)) {
            Header.Outcome opened = Header.read(records, source.columns());
            if (opened.problem() != null) {
                return Optional.of(opened.problem());
            }
            Header header = opened.header();
            sink.header(header);
            try (ReadAhead ahead = new ReadAhead(records)) {
                CsvRecord record;
                while ((record = ahead.next()) != null) {
                    readRow(header, record, sink);
                }
            }
            return Optional.empty();
        }
    }

    private void readRow(Header header, CsvRecord record, Sink sink) {
        String rawId = header.value(record, ReferenceSource.Cols.ID);
        String normalized = IdNumbers.normalize(rawId);
        boolean wanted = sink.wants(IdNumbers.candidate(normalized), header, record);
        if (!wanted && !sink.validatesAll()) {
            return;
        }
        Optional<String> id = IdNumbers.valid(normalized, latestBirth);
        String amountText = value(header, record, source.amountColumn());
        String dateText = value(header, record, source.dateColumn());
        String monthText = value(header, record, source.monthColumn());
        Optional<BigDecimal> amount = amountText.isEmpty() ? Optional.empty() : Amounts.parse(amountText);
        Optional<LocalDate> date = dateText.isEmpty() ? Optional.empty() : Dates.parse(dateText);
        Optional<YearMonth> month = monthText.isEmpty() ? Optional.empty() : Dates.parseMonth(monthText);
        RejectReason reason = null;
        if (record.broken() || record.size() != header.width()) {
            reason = RejectReason.COLUMN_COUNT;
        } else if (rawId.isEmpty()) {
            reason = RejectReason.MISSING_FIELD;
        } else if (id.isEmpty()) {
            reason = RejectReason.BAD_ID;
        } else if (!amountText.isEmpty() && amount.isEmpty()) {
            reason = RejectReason.BAD_AMOUNT;
        } else if ((!dateText.isEmpty() && date.isEmpty()) || (!monthText.isEmpty() && month.isEmpty())) {
            reason = RejectReason.BAD_DATE;
        }
        if (reason != null) {
            sink.reject(record.line(), reason, RawMasker.mask(record.raw(), rawId, null, null));
            return;
        }
        if (!wanted) {
            sink.passedOver();
            return;
        }
        sink.row(new ReferenceRow(record.line(), id.get(), texts(header, record), amount.orElse(null), date.orElse(null),
                month.orElse(null)));
    }

    private Map<Column, String> texts(Header header, CsvRecord record) {
        Map<Column, String> texts = new HashMap<>();
        for (Column c : source.columns()) {
            if (header.position(c) >= 0) {
                texts.put(c, header.value(record, c));
            }
        }
        return texts;
    }

    private static String value(Header header, CsvRecord record, Column column) {
        return column == null ? "" : header.value(record, column);
    }
}
