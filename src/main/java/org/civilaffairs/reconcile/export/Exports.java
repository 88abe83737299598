package org.civilaffairs.reconcile.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.indicators.IndicatorStore;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.StagedRowId;
import org.civilaffairs.reconcile.linkage.LinkageStore;
import org.civilaffairs.reconcile.privacy.Mask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The exports of CONTRACT §11, read from the database for a month ({@code 2017-05}) or a year
 * ({@code 2017}). Sorting is done here by code point, the same on every database.
 */
@Service
public class Exports {

    public enum Kind { AGGREGATES, FLAGS, INDICATORS, REJECTS, FILES, SUSPECTS }

    private static final Comparator<List<String>> BY_CELLS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final JdbcTemplate jdbc;
    private final IndicatorStore indicators;
    private final LinkageStore linkage;

    public Exports(JdbcTemplate jdbc, IndicatorStore indicators, LinkageStore linkage) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.linkage = linkage;
    }

    /** @param period {@code YYYY-MM} or {@code YYYY} */
    public ExportTable table(Kind kind, String period) {
        return switch (kind) {
            case AGGREGATES -> aggregates(period);
            case FLAGS -> flags(period);
            case INDICATORS -> indicators(Integer.parseInt(period.substring(0, 4)));
            case REJECTS -> rejects(period);
            case FILES -> files(period);
            case SUSPECTS -> suspects(period);
        };
    }

    private ExportTable aggregates(String period) {
        List<String> header = new ArrayList<>(List.of("month", "street", "program", "households", "persons", "amount",
                "new_households", "exited_households", "verified_households", "flagged_households", "flagged_amount",
                "rejected_rows"));
        Arrays.stream(Flag.values()).map(Flag::column).forEach(header::add);
        List<List<String>> rows = jdbc.query("SELECT * FROM monthly_aggregate WHERE month LIKE ?", (rs, i) -> {
            List<String> row = new ArrayList<>();
            row.add(rs.getString("month"));
            row.add(Cells.text(rs.getString("street")));
            row.add(rs.getString("program"));
            row.add(Cells.count(rs.getInt("households")));
            row.add(Cells.count(rs.getInt("persons")));
            row.add(Cells.money(rs.getBigDecimal("amount")));
            row.add(Cells.count((Number) rs.getObject("new_households")));
            row.add(Cells.count((Number) rs.getObject("exited_households")));
            row.add(Cells.count(rs.getInt("verified_households")));
            row.add(Cells.count(rs.getInt("flagged_households")));
            row.add(Cells.money(rs.getBigDecimal("flagged_amount")));
            row.add(Cells.count(rs.getInt("rejected_rows")));
            for (Flag f : Flag.values()) {
                row.add(Cells.count(rs.getInt(f.column())));
            }
            return row;
        }, like(period));
        List<Boolean> numeric = new ArrayList<>(Collections.nCopies(header.size(), true));
        numeric.set(0, false);
        numeric.set(1, false);
        numeric.set(2, false);
        return sorted("aggregates", header, rows, numeric);
    }

    /** One row per flagged household: its flag codes sorted and joined with ';' (CONTRACT §12). */
    private ExportTable flags(String period) {
        Map<List<String>, Set<String>> reasons = new LinkedHashMap<>();
        jdbc.query("SELECT month, street, program, household_id, flag FROM household_flag WHERE month LIKE ?", rs -> {
            reasons.computeIfAbsent(List.of(rs.getString(1), Cells.text(rs.getString(2)), rs.getString(3),
                    Cells.text(rs.getString(4))), k -> new TreeSet<>()).add(rs.getString(5));
        }, like(period));
        List<List<String>> rows = reasons.entrySet().stream().map(e -> {
            List<String> row = new ArrayList<>(e.getKey());
            row.add(String.join(";", e.getValue()));
            return row;
        }).toList();
        return sorted("flags", List.of("month", "street", "program", "household_id", "reasons"), rows, texts(5));
    }

    private ExportTable indicators(int year) {
        List<List<String>> rows = indicators.of(year).stream()
                .map(v -> List.of(String.valueOf(v.year()), v.code(), Cells.decimal(v.value()), Cells.decimal(v.target()),
                        Cells.decimal(v.completionRate())))
                .toList();
        return new ExportTable("indicators", List.of("year", "code", "value", "target", "completion_rate"), rows,
                List.of(true, false, true, true, true));
    }

    /** With a year, each row starts with its month, so two months' rows can be told apart; a month's export is as CONTRACT §11 says. */
    private ExportTable rejects(String period) {
        List<List<String>> rows = new ArrayList<>(jdbc.query("SELECT f.month, f.file_name, r.line_no, r.reason, r.street, r.program,"
                        + " r.raw_masked FROM inbox_file f JOIN roster_row r ON " + StagedRowId.OF_FILE + " WHERE f.month LIKE ?"
                        + " AND r.outcome = 'REJECTED' AND r.superseded = FALSE AND " + InboxFiles.LOADED_FILES,
                (rs, i) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getLong(3)), rs.getString(4),
                        Cells.text(rs.getString(5)), Cells.text(rs.getString(6)), Cells.text(rs.getString(7))), like(period)));
        rows.addAll(jdbc.query("SELECT f.month, f.file_name, r.line_no, r.reason, r.raw_masked FROM reference_reject r"
                        + " JOIN inbox_file f ON f.id = r.file_id WHERE f.month LIKE ? AND f.replaced_by IS NULL",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getLong(3)), rs.getString(4), "", "",
                        Cells.text(rs.getString(5))), like(period)));
        rows.sort(Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparing(r -> r.get(1))
                .thenComparingLong(r -> Long.parseLong(r.get(2))));
        List<String> header = List.of("month", "file", "line", "reason", "street", "program", "raw");
        List<Boolean> numeric = List.of(false, false, true, false, false, false, false);
        boolean year = period.length() == 4;
        return new ExportTable("rejects", year ? header : header.subList(1, header.size()),
                year ? rows : rows.stream().map(r -> r.subList(1, r.size())).toList(),
                year ? numeric : numeric.subList(1, numeric.size()));
    }

    private ExportTable files(String period) {
        List<List<String>> rows = jdbc.query("SELECT month, file_name, kind, sha256, status, rows_read, rows_loaded,"
                        + " rows_rejected, rows_collapsed, note FROM inbox_file WHERE month LIKE ? AND replaced_by IS NULL",
                (rs, i) -> List.of(rs.getString(1), Cells.text(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        Cells.count(rs.getLong(6)), Cells.count(rs.getLong(7)), Cells.count(rs.getLong(8)),
                        Cells.count(rs.getLong(9)), Cells.text(rs.getString(10))), like(period));
        return sorted("files", List.of("month", "file", "kind", "sha256", "status", "rows_read", "rows_loaded", "rows_rejected",
                "rows_collapsed", "note"), rows, List.of(false, false, false, false, false, true, true, true, true, false));
    }

    /** Probable duplicates (advisory, not CONTRACT §11): by month, then descending weight; no personal data in clear. */
    private ExportTable suspects(String period) {
        List<List<String>> rows = linkage.suspects(period).stream().map(s -> List.of(s.month(),
                Cells.text(s.a().street()), s.a().program(), Cells.text(s.a().householdId()), Cells.text(s.a().file()),
                String.valueOf(s.a().line()), Cells.text(s.b().street()), s.b().program(), Cells.text(s.b().householdId()),
                Cells.text(s.b().file()), String.valueOf(s.b().line()), s.matchWeight().toPlainString(),
                Cells.text(Mask.freeText(s.evidence())))).toList();
        return new ExportTable("suspects", List.of("month", "street_a", "program_a", "household_id_a", "file_a", "line_a",
                "street_b", "program_b", "household_id_b", "file_b", "line_b", "match_weight", "evidence"), rows,
                List.of(false, false, false, false, false, true, false, false, false, false, true, true, false));
    }

    private static ExportTable sorted(String name, List<String> header, List<List<String>> rows, List<Boolean> numeric) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort(BY_CELLS);
        return new ExportTable(name, header, copy, numeric);
    }

    private static List<Boolean> texts(int n) {
        return Collections.nCopies(n, false);
    }

    private static String like(String period) {
        return period.length() == 4 ? period + "-%" : period;
    }
}
