package org.civilaffairs.reconcile.bench;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code truth/rows.csv} in the example sets' format: what the generator knows and no roster says,
 * one line per roster line — its true person, the outcome the contract gives it (row rejects,
 * household rejects and collapse in the order of CONTRACT §13.3) and the damage of its ID or name.
 * Rows are buffered per household, since a household reject depends on all of its rows.
 */
final class RosterTruth implements Closeable {

    private final CsvOut out;
    private final String month;
    private final List<Row> household = new ArrayList<>();

    private RosterTruth(CsvOut out, YearMonth month) {
        this.out = out;
        this.month = month.toString();
    }

    static RosterTruth open(Path file, YearMonth month) {
        CsvOut out = CsvOut.open(file, StandardCharsets.UTF_8, false, false)
                .header("month", "file", "line", "street", "program", "household_id", "true_id", "expect", "id_kind", "id_expect");
        return new RosterTruth(out, month);
    }

    /**
     * One roster row of the household being written.
     * @param line      its line in {@code file} (the header is line 1); {@code times} = 2 when it was written twice
     * @param amount    the amount it shows, null when blank
     * @param rowReject the row reject it gets, null if none
     */
    record Row(String file, long line, int times, String trueId, boolean head, Long amount, String rowReject, String kind,
               String idExpect) {
    }

    void row(Row row) {
        household.add(row);
    }

    /** Ends the household: its outcome row by row, written in line order. */
    void household(String street, String program, String householdId) {
        String reject = householdReject();
        List<String> seen = new ArrayList<>();
        for (Row r : household) {
            String first = r.rowReject != null ? "reject:" + r.rowReject
                    : reject != null ? "hh_reject:" + reject
                    : seen.contains(r.trueId) ? "collapsed" : "loaded";
            seen.add(r.trueId);
            for (int k = 0; k < r.times; k++) {
                String expect = k > 0 && first.equals("loaded") ? "collapsed" : first;
                out.field(month).field(month + "/rosters/" + r.file).field(r.line + k).field(street).field(program)
                        .field(householdId).field(r.trueId).field(expect).field(r.kind).field(r.idExpect).end();
            }
        }
        household.clear();
    }

    /** NO_HEAD, MULTIPLE_HEADS, AMOUNT_CONFLICT among the rows no row reject took, as the pipeline decides them. */
    private String householdReject() {
        List<Row> left = household.stream().filter(r -> r.rowReject == null).toList();
        Row firstHead = left.stream().filter(Row::head).findFirst().orElse(null);
        if (firstHead == null) {
            return left.isEmpty() ? null : "NO_HEAD";
        }
        if (left.stream().anyMatch(r -> r.head && !r.trueId.equals(firstHead.trueId))) {
            return "MULTIPLE_HEADS";
        }
        boolean conflict = left.stream().anyMatch(r -> !r.head && r.amount != null && !Objects.equals(r.amount, firstHead.amount));
        return conflict ? "AMOUNT_CONFLICT" : null;
    }

    @Override
    public void close() {
        out.close();
    }
}
