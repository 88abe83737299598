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
        void row(ReferenceRow row);

        /**
         * Whether the row can matter to this sink, asked before the row is validated: {@code candidateId}
         * is the one ID the row can be valid as (null when none). A row refused here is neither
         * validated nor reported (unless the sink {@link #validatesAll}), so only sinks that drop
         * unwanted rows anyway may refuse any.
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
            boolean validatesAll = sink.validatesAll();
            try (ReadAhead<Prepared> ahead = new ReadAhead<>(records, r -> prepare(header, r, validatesAll))) {
                Prepared row;
                while ((row = ahead.next()) != null) {
                    readRow(header, row, sink);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A record with what every sink asks of it first and, when every row is validated anyway, its
     * checks: worked out on the parsing thread, which has less to do than the sink's.
     */
    private record Prepared(CsvRecord record, String rawId, String normalized, String candidate, Checked checked) {
    }

    /** A row's values, and why it is rejected if it is. */
    private record Checked(RejectReason reason, String id, BigDecimal amount, LocalDate date, YearMonth month) {
    }

    private Prepared prepare(Header header, CsvRecord record, boolean validate) {
        String rawId = header.value(record, ReferenceSource.Cols.ID);
        String normalized = IdNumbers.normalize(rawId);
        return new Prepared(record, rawId, normalized, IdNumbers.candidate(normalized),
                validate ? check(header, record, rawId, normalized) : null);
    }

    private void readRow(Header header, Prepared row, Sink sink) {
        CsvRecord record = row.record();
        boolean wanted = sink.wants(row.candidate(), header, record);
        if (!wanted && row.checked() == null) {
            return;
        }
        Checked checked = row.checked() != null ? row.checked() : check(header, record, row.rawId(), row.normalized());
        if (checked.reason() != null) {
            sink.reject(record.line(), checked.reason(), RawMasker.mask(record.raw(), row.rawId(), null, null));
        } else if (wanted) {
            sink.row(new ReferenceRow(record.line(), checked.id(), texts(header, record), checked.amount(), checked.date(),
                    checked.month()));
        } else {
            sink.passedOver();
        }
    }

    private Checked check(Header header, CsvRecord record, String rawId, String normalized) {
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
        return new Checked(reason, id.orElse(null), amount.orElse(null), date.orElse(null), month.orElse(null));
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
