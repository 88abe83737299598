package org.civilaffairs.reconcile.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.export.Cells;
import org.civilaffairs.reconcile.export.ExportTable;
import org.civilaffairs.reconcile.indicators.IndicatorValue;
import org.civilaffairs.reconcile.ingest.StreetListChange;
import org.civilaffairs.reconcile.labels.Labels;
import org.civilaffairs.reconcile.privacy.Mask;

/** A simulation as tables (the changed households, the summary, the indicators) and as a short text for the terminal. */
public final class SimulationReport {

    /** The changed households, the CSV of {@code simulate --format csv}. */
    public static final List<String> CHANGES_HEADER = List.of("month", "street", "program", "household_id", "change",
            "flags_before", "flags_after", "amount");

    private static final Comparator<HouseholdOutcome> BY_HOUSEHOLD = Comparator
            .comparing((HouseholdOutcome h) -> h.month().toString()).thenComparing(HouseholdOutcome::street)
            .thenComparing(h -> h.program().name()).thenComparing(HouseholdOutcome::householdId);

    private SimulationReport() {
    }

    public static ExportTable changes(Simulation s) {
        return new ExportTable("changes", CHANGES_HEADER, changeRows(s, false), numeric(CHANGES_HEADER.size(), 7));
    }

    /** The changed households with why each changed (the xlsx list), personal data masked. */
    public static ExportTable changesWithReasons(Simulation s) {
        List<String> header = new ArrayList<>(CHANGES_HEADER);
        header.add("why");
        return new ExportTable("changes", header, changeRows(s, true), numeric(header.size(), 7));
    }

    private static List<List<String>> changeRows(Simulation s, boolean why) {
        List<List<String>> rows = new ArrayList<>();
        s.changed().stream().sorted(BY_HOUSEHOLD).forEach(h -> {
            List<String> row = new ArrayList<>(List.of(h.month().toString(), Cells.text(h.street()), h.program().name(),
                    Cells.text(h.householdId()), h.change().orElseThrow().code(), HouseholdOutcome.codes(h.before().keySet()),
                    HouseholdOutcome.codes(h.after().keySet()), Cells.money(h.amount())));
            if (why) {
                row.add(Cells.text(Mask.freeText(h.why())));
            }
            rows.add(row);
        });
        return rows;
    }

    public static ExportTable summary(Simulation s) {
        List<String> header = List.of("month", "street", "program", "households", "amount", "flagged_before", "flagged_after",
                "flagged_amount_before", "flagged_amount_after", "newly_flagged", "cleared");
        List<List<String>> rows = s.summary().stream().map(p -> List.of(p.month().toString(), Cells.text(p.street()),
                p.program().name(), Cells.count(p.households()), Cells.money(p.amount()), Cells.count(p.flaggedBefore()),
                Cells.count(p.flaggedAfter()), Cells.money(p.flaggedAmountBefore()), Cells.money(p.flaggedAmountAfter()),
                perFlag(p.newlyFlagged()), perFlag(p.cleared()))).toList();
        return new ExportTable("summary", header, rows, numeric(header.size(), 3, 4, 5, 6, 7, 8));
    }

    public static ExportTable indicators(Simulation s) {
        List<String> header = List.of("year", "code", "value_before", "value_after", "target", "completion_rate_before",
                "completion_rate_after");
        List<List<String>> rows = s.indicators().stream().map(c -> List.of(String.valueOf(c.year()), c.code(),
                Cells.decimal(c.before().map(IndicatorValue::value).orElse(null)), Cells.decimal(c.after().value()),
                Cells.decimal(c.after().target()), Cells.decimal(c.before().map(IndicatorValue::completionRate).orElse(null)),
                Cells.decimal(c.after().completionRate()))).toList();
        return new ExportTable("indicators", header, rows, numeric(header.size(), 2, 3, 4, 5, 6));
    }

    /** The streets the draft's list reads otherwise (the xlsx sheet), one row per month and street as the rosters were read. */
    public static ExportTable streets(Simulation s) {
        List<String> header = List.of("month", "street", "rows", "read_as", "draft_street");
        List<List<String>> rows = s.streets().stream().map(c -> List.of(c.month().toString(), Cells.text(Mask.freeText(c.written())),
                Cells.count(c.rows()), readAs(c), c.policyName())).toList();
        return new ExportTable("streets", header, rows, numeric(header.size(), 2));
    }

    /** 读入时: {@code 已识别}, {@code 识别为 汉正街} (an alias), or the reject. */
    private static String readAs(StreetListChange c) {
        if (!c.wasKnown()) {
            return Labels.rejectReason("UNKNOWN_STREET");
        }
        return c.readAs().equals(c.written()) ? "已识别" : "识别为 " + c.readAs();
    }

    /**
     * The terminal's view: the district per program, the streets that change, the indicators, the
     * streets the draft's list reads otherwise, a few households.
     */
    public static String text(Simulation s, int householdsShown, String draftPath) {
        StringBuilder out = new StringBuilder();
        out.append("草案下结果变化的家庭: ").append(s.changed().size()).append(" 户\n");
        out.append(String.format("%-8s %-10s %-18s %6s %6s %6s %14s %14s  %s%n", "月份", "街道", "救助类别", "户数", "疑点前",
                "疑点后", "疑点金额前", "疑点金额后", "新增/解除"));
        for (ProgramSummary p : s.summary()) {
            if (p.changed() || p.street().equals(org.civilaffairs.reconcile.aggregate.AggregateRow.DISTRICT)) {
                out.append(String.format("%-8s %-10s %-18s %6d %6d %6d %14s %14s  %s%n", p.month(), p.street(),
                        Labels.program(p.program().name()), p.households(), p.flaggedBefore(), p.flaggedAfter(),
                        Cells.money(p.flaggedAmountBefore()), Cells.money(p.flaggedAmountAfter()), movement(p)));
            }
        }
        out.append("绩效指标 (之前 → 草案):\n");
        for (Simulation.IndicatorChange c : s.indicators()) {
            out.append(String.format("  %d %s %s: %s → %s%n", c.year(), c.code(), Labels.indicator(c.code()),
                    orDash(Cells.decimal(c.before().map(IndicatorValue::value).orElse(null))), orDash(Cells.decimal(c.after().value()))));
        }
        streetList(s.streets(), draftPath, out);
        List<HouseholdOutcome> changed = s.changed().stream().sorted(BY_HOUSEHOLD).toList();
        changed.stream().limit(householdsShown).forEach(h -> out.append("  ").append(h.month()).append(' ').append(h.street())
                .append(' ').append(h.program().name()).append(' ').append(h.householdId()).append(' ').append(h.change().orElseThrow().code())
                .append(": ").append(Mask.freeText(h.why())).append('\n'));
        if (changed.size() > householdsShown) {
            out.append("  … 另有 ").append(changed.size() - householdsShown).append(" 户, 用 --format csv|xlsx --out FILE 导出全部\n");
        }
        return out.toString();
    }

    /** The streets whose rows the draft would read otherwise, and the command that reads each month again under it. */
    private static void streetList(List<StreetListChange> streets, String draftPath, StringBuilder out) {
        if (streets.isEmpty()) {
            return;
        }
        out.append("街道名单 (草案与读入花名册时不同, 上表未计; 按草案重新读入该月花名册方生效):\n");
        for (StreetListChange c : streets) {
            out.append(String.format("  %s %s: %d 行, 读入时%s, %s%n", c.month(), Mask.freeText(c.written()), c.rows(), readAs(c),
                    c.knownToPolicy() ? "草案识别为 " + c.policyName() : "草案未列出 (将退回)"));
        }
        streets.stream().map(StreetListChange::month).distinct().forEach(m -> out.append("  rerun-month ").append(m)
                .append(" --policy ").append(draftPath).append(" --reread-rosters\n"));
    }

    /** {@code 新增 INCOME_OVER=2 解除 VEHICLE=1}, empty when nothing moves. */
    private static String movement(ProgramSummary p) {
        return ((p.newlyFlagged().isEmpty() ? "" : "新增 " + perFlag(p.newlyFlagged()) + " ")
                + (p.cleared().isEmpty() ? "" : "解除 " + perFlag(p.cleared()))).trim();
    }

    private static String perFlag(Map<Flag, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "—" : value;
    }

    private static List<Boolean> numeric(int columns, int... numericColumns) {
        List<Boolean> numeric = new ArrayList<>(Collections.nCopies(columns, false));
        for (int c : numericColumns) {
            numeric.set(c, true);
        }
        return numeric;
    }
}
