package org.civilaffairs.reconcile.cli;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.ExitCodes;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.export.ExportAudit;
import org.civilaffairs.reconcile.job.MonthLedger;
import org.civilaffairs.reconcile.policy.PolicyStore;
import org.civilaffairs.reconcile.feedback.EvidenceText;
import org.civilaffairs.reconcile.labels.Labels;
import org.civilaffairs.reconcile.linkage.LinkageStore;
import org.civilaffairs.reconcile.linkage.SuspectPair;
import org.civilaffairs.reconcile.policy.Program;
import org.civilaffairs.reconcile.privacy.Mask;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code explain}: why a household was flagged, in the words a street-office clerk reads, personal data masked. */
@Command(name = "explain", description = "Show a household's verification result and the evidence of each flag.")
public class ExplainCommand implements Callable<Integer>, ReadOnlyCommand {

    @Option(names = "--month", required = true, description = "the month, YYYY-MM")
    String month;
    @Option(names = "--street", required = true, description = "the street, as the policy names it or one of its aliases (石桥街)")
    String street;
    @Option(names = "--program", required = true, description = "the program, by code or name (URBAN_DIBAO or 城市低保)")
    String program;
    @Option(names = "--household", required = true, description = "the household number of the roster (户编号)")
    String household;

    private final JdbcTemplate jdbc;
    private final ExportAudit audit;
    private final LinkageStore linkage;
    private final MonthLedger ledger;
    private final PolicyStore policies;

    public ExplainCommand(JdbcTemplate jdbc, ExportAudit audit, LinkageStore linkage, MonthLedger ledger, PolicyStore policies) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.linkage = linkage;
        this.ledger = ledger;
        this.policies = policies;
    }

    @Override
    public Integer call() {
        YearMonth closed = Months.parse(month);
        ledger.requireClosed(month);
        // an office asks in its own spelling: the street list of the policy the month was closed with knows its aliases
        street = policies.readClosedWith(closed).flatMap(p -> p.street(street.strip())).orElse(street);
        String code = Program.parse(program.strip()).map(Enum::name).orElseThrow(() -> new UsageError("unknown program '" + program
                + "': write its code or its name, e.g. URBAN_DIBAO or 城市低保"));
        List<Map<String, Object>> found = jdbc.queryForList("SELECT h.*, c.verified, c.checks_skipped, c.reference_months"
                + " FROM household h LEFT JOIN program_check c ON c.month = h.month AND c.program = h.program"
                + " WHERE h.month = ? AND h.street = ? AND h.program = ? AND h.household_id = ?", month, street, code, household);
        if (found.isEmpty()) {
            System.out.println("未找到 " + month + " " + street + " " + code + " 户编号 " + household
                    + " 的在册家庭 (可能被拒收、被更正花名册替换, 或月份未处理)");
            return ExitCodes.USAGE;
        }
        Map<String, Object> h = found.get(0);
        System.out.println("月份: " + month + "  街道: " + street + "  救助类别: " + code + " " + Labels.program(code) + "  户编号: " + household);
        System.out.println("户主: " + Mask.id(String.valueOf(h.get("head_key"))) + "  人数: " + h.get("persons")
                + "  月保障金: " + h.get("amount") + " 元  申报家庭月收入: " + (h.get("declared_income") == null ? "-" : h.get("declared_income")));
        System.out.println("核对: " + (Boolean.TRUE.equals(h.get("verified")) ? "已核对" : "非低保特困, 未做经济状况核对"));
        System.out.println("核对数据期: " + nullToDash(h.get("reference_months")));
        System.out.println("未运行的核对项 (数据源从未提供): " + nullToDash(h.get("checks_skipped")));
        List<Map<String, Object>> flags = jdbc.queryForList("SELECT flag, evidence FROM household_flag WHERE month = ?"
                + " AND street = ? AND program = ? AND household_id = ? ORDER BY flag", month, street, code, household);
        audit.record("explain", month, "text", null, 1);
        System.out.println(flags.isEmpty() ? "结果: 未发现异常" : "结果: " + flags.size() + " 项异常");
        for (Map<String, Object> f : flags) {
            String flag = String.valueOf(f.get("flag"));
            System.out.println("  - " + flag + " " + Labels.flag(flag) + ": "
                    + EvidenceText.render(String.valueOf(f.get("evidence"))).replace("\n", "\n      "));
        }
        printSuspects(code);
        return 0;
    }

    /** The probable duplicates of the household (advisory: for a person to confirm), with their evidence. */
    private void printSuspects(String code) {
        List<SuspectPair> suspects = linkage.ofHousehold(month, street, code, household);
        System.out.println(suspects.isEmpty() ? "疑似重复 (供人工核实): 无" : "疑似重复 (供人工核实): " + suspects.size() + " 对");
        for (SuspectPair s : suspects) {
            boolean here = s.a().street().equals(street) && s.a().program().equals(code) && s.a().householdId().equals(household);
            SuspectPair.Row mine = here ? s.a() : s.b();
            SuspectPair.Row other = here ? s.b() : s.a();
            System.out.println("  - " + mine.file() + " 第" + mine.line() + "行 ↔ " + other.street() + " " + other.program()
                    + " 户编号 " + other.householdId() + " (" + other.file() + " 第" + other.line() + "行), 匹配权重 "
                    + s.matchWeight() + ": " + Mask.freeText(s.evidence()));
        }
    }

    private static String nullToDash(Object value) {
        return value == null || String.valueOf(value).isEmpty() ? "-" : String.valueOf(value);
    }
}
