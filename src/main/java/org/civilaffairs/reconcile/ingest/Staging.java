package org.civilaffairs.reconcile.ingest;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.civilaffairs.reconcile.identity.PersonKey;
import org.civilaffairs.reconcile.identity.PersonKeyResolver;
import org.civilaffairs.reconcile.identity.Registry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Repository;

/** Batched writes of staged roster rows and rejected reference rows. */
@Repository
public class Staging {

    static final int BATCH = 2000;

    private static final String INSERT_ROW = "INSERT INTO roster_row (file_id, line_no, month, street, street_known, program,"
            + " program_known, community, household_id, name, id_number, relation, is_head, amount, amount_given,"
            + " declared_income, enrolled_on, bank_masked, phone_masked, row_reject, raw_masked, person_key, key_method, outcome,"
            + " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public Staging(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A buffer of roster rows for one file, flushed in JDBC batches. */
    public Batch<RosterRow> rosterBatch(long fileId, YearMonth month) {
        return new Batch<>(INSERT_ROW, new RosterBinder(fileId, month)::bind);
    }

    /** A buffer of a reference file's rejected rows, flushed in JDBC batches. */
    public Batch<ReferenceReject> referenceRejects(long fileId) {
        return new Batch<>("INSERT INTO reference_reject (file_id, line_no, reason, raw_masked) VALUES (?, ?, ?, ?)", (ps, r) -> {
            ps.setLong(1, fileId);
            ps.setLong(2, r.line());
            ps.setString(3, r.reason().name());
            ps.setString(4, r.rawMasked());
        });
    }

    /** A rejected reference row. */
    public record ReferenceReject(long line, RejectReason reason, String rawMasked) {
    }

    /** Removes what a half-done ingest of a file left (only possible outside a transaction). */
    public void clear(long fileId) {
        jdbc.update("DELETE FROM roster_row WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM reference_reject WHERE file_id = ?", fileId);
    }

    /** Rows waiting to be written, sent {@link #BATCH} at a time. */
    public final class Batch<T> implements AutoCloseable {
        private final String sql;
        private final ParameterizedPreparedStatementSetter<T> binder;
        private final List<T> rows = new ArrayList<>(BATCH);

        private Batch(String sql, ParameterizedPreparedStatementSetter<T> binder) {
            this.sql = sql;
            this.binder = binder;
        }

        public void add(T row) {
            rows.add(row);
            if (rows.size() >= BATCH) {
                flush();
            }
        }

        public void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows, rows.size(), binder);
                rows.clear();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** Binds the roster rows of one file. */
    private static final class RosterBinder {
        private final long fileId;
        private final String month;
        /** The key a row gets when the registry changes nothing: stored now, so resolution rewrites only the others. */
        private final PersonKeyResolver guess;

        private RosterBinder(long fileId, YearMonth month) {
            this.fileId = fileId;
            this.month = month.toString();
            this.guess = new PersonKeyResolver(Registry.notDelivered(), month.atEndOfMonth());
        }

        private void bind(PreparedStatement ps, RosterRow r) throws SQLException {
            ps.setLong(1, fileId);
            ps.setLong(2, r.line());
            ps.setString(3, month);
            ps.setString(4, cut(r.street(), 200));
            ps.setBoolean(5, r.streetKnown());
            ps.setString(6, cut(r.program(), 100));
            ps.setBoolean(7, r.programKnown());
            ps.setString(8, cut(r.community(), 200));
            ps.setString(9, cut(r.householdId(), 200));
            String name = cut(r.name(), 200);
            String idNumber = cut(r.idNumber(), 64);
            ps.setString(10, name);
            ps.setString(11, idNumber);
            ps.setString(12, cut(r.relation(), 50));
            ps.setBoolean(13, r.head());
            ps.setBigDecimal(14, r.amount());
            ps.setBoolean(15, r.amountGiven());
            ps.setBigDecimal(16, r.declaredIncome());
            if (r.enrolledOn() == null) {
                ps.setNull(17, Types.DATE);
            } else {
                ps.setDate(17, Date.valueOf(r.enrolledOn()));
            }
            ps.setString(18, cut(r.bankMasked(), 64));
            ps.setString(19, cut(r.phoneMasked(), 32));
            ps.setString(20, r.reject() == null ? null : r.reject().name());
            ps.setString(21, r.rawMasked());
            PersonKey key = r.reject() == null ? guess.resolve(name, idNumber) : null;
            ps.setString(22, key == null ? null : PersonKey.stored(key.key()));
            ps.setString(23, key == null ? null : key.how().name());
            ps.setString(24, key == null ? "REJECTED" : "LOADED");
            ps.setString(25, key == null ? r.reject().name() : null);
        }
    }

    /** Values longer than their column are cut: a hostile 5,000-digit ID must not fail the load. */
    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
