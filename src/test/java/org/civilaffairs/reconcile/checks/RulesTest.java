package org.civilaffairs.reconcile.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import org.civilaffairs.reconcile.ingest.Column;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.civilaffairs.reconcile.policy.Program;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of CONTRACT §6 for a two-person urban 低保 household (members A and B), one case a row. */
class RulesTest {

    static final String A = "420104197001011234";
    static final String B = "420104197502022345";
    static final Policy WUHAN = PolicyLoader.parse("""
            standards:
              urban: [{from: 2016-07-01, amount: 600}, {from: 2017-05-01, amount: 670}]
              rural: [{from: 2016-07-01, amount: 360}, {from: 2017-05-01, amount: 500}]
            """, "test");

    /**
     * Reference rows as {@code source:member:field=value,...} separated by {@code ;}; the fields are
     * text columns, or {@code amount}, {@code date}, {@code month}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "income equal to the standard is not over|2017-05|1340|social_insurance:A:amount=1340,month=2017-05|",
            "one cent over is over|2017-05|1340.01||INCOME_OVER",
            "April is judged at 600|2017-04|1250||INCOME_OVER",
            "May is judged at 670|2017-05|1250||",
            "wage of the latest month only|2017-05|0|social_insurance:A:amount=900,month=2017-04;social_insurance:A:amount=800,month=2017-05;social_insurance:B:amount=541,month=2017-05|INCOME_OVER",
            "wage three months old is not counted|2017-05|0|social_insurance:A:amount=5000,month=2017-02|",
            "wage two months old is counted|2017-05|0|social_insurance:A:amount=5000,month=2017-03|INCOME_OVER",
            "max(wage, fund) + pension|2017-05|0|social_insurance:A:amount=600,month=2017-05;provident_fund:A:amount=700;pension:A:amount=1|",
            "pension tips it over|2017-05|0|provident_fund:A:amount=700;pension:B:amount=641|INCOME_OVER",
            "death inside the month is not flagged|2017-05|0|death:A:date=2017-05-10|",
            "death before the first day is flagged|2017-05|0|death:A:date=2017-04-30|DECEASED_MEMBER",
            "death row without a date raises nothing|2017-05|0|death:A:" + "|",
            "registry 死亡 without a date is flagged|2017-05|0|hukou:B:人口状态=死亡|DECEASED_MEMBER",
            "co-owned flat counts once|2017-05|0|property:A:不动产权证号=C1,用途=住宅;property:B:不动产权证号=C1,用途=住宅|",
            "two flats are over|2017-05|0|property:A:不动产权证号=C1,用途=住宅;property:B:不动产权证号=C2,用途=住宅|PROPERTY_OVER",
            "a shop is over|2017-05|0|property:A:不动产权证号=C3,用途=商业|PROPERTY_OVER",
            "注销 business is not counted|2017-05|0|business:A:角色=股东,登记状态=注销|",
            "存续 shareholder is flagged|2017-05|0|business:A:角色=股东,登记状态=存续|BUSINESS",
            "motorcycle is exempt|2017-05|0|vehicle:A:车辆类型=摩托车|",
            "blank vehicle type is not exempt|2017-05|0|vehicle:A:车辆类型=|VEHICLE",
            "deposits at the limit are not over|2017-05|0|deposit:A:amount=32160|",
            "deposits above the limit are over|2017-05|0|deposit:A:amount=32160.01|DEPOSIT_OVER",
            "public payroll|2017-05|0|public_employee:B:单位名称=某局|PUBLIC_EMPLOYEE"})
    void flags(String why, String month, String declared, String rows, String expected) {
        ReferenceFacts facts = new ReferenceFacts();
        for (ReferenceSource s : ReferenceSource.values()) {
            facts.delivered(s, YearMonth.parse(month));
        }
        if (rows != null) {
            for (String spec : rows.split(";")) {
                add(facts, spec);
            }
        }
        CheckedHousehold h = new CheckedHousehold(YearMonth.parse(month), "汉正街", Program.URBAN_DIBAO, "H1", A,
                List.of(A, B), new BigDecimal("670"), new BigDecimal(declared));
        VerificationResult result = HouseholdChecker.check(h, new MonthContext(WUHAN, facts, new Enrollments()));
        assertThat(result.flags().keySet().stream().map(Flag::name).sorted().collect(Collectors.joining(";"))).as(why)
                .isEqualTo(expected == null ? "" : expected);
        assertThat(result.checksSkipped()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no source at all: only declared income runs|DECEASED_MEMBER,DEPOSIT_OVER,VEHICLE,PROPERTY_OVER,BUSINESS,PUBLIC_EMPLOYEE"})
    void checksThatCannotRunAreRecorded(String why, String skippedWhole) {
        CheckedHousehold h = new CheckedHousehold(YearMonth.of(2017, 5), "汉正街", Program.URBAN_DIBAO, "H1", A,
                List.of(A), BigDecimal.TEN, null);
        VerificationResult result = HouseholdChecker.check(h, new MonthContext(WUHAN, new ReferenceFacts(), new Enrollments()));
        assertThat(result.checksSkipped()).as(why).containsAll(List.of(skippedWhole.split(",")))
                .contains("INCOME_OVER:social_insurance");
        assertThat(result.verified()).isTrue();
    }

    private static void add(ReferenceFacts facts, String spec) {
        String[] p = spec.split(":", 3);
        ReferenceSource source = ReferenceSource.valueOf(p[0].toUpperCase());
        String id = p[1].equals("A") ? A : B;
        Map<Column, String> texts = new java.util.HashMap<>();
        BigDecimal amount = null;
        LocalDate date = null;
        YearMonth month = null;
        for (String kv : p[2].isEmpty() ? new String[0] : p[2].split(",")) {
            String[] f = kv.split("=", -1);
            switch (f[0]) {
                case "amount" -> amount = new BigDecimal(f[1]);
                case "date" -> date = LocalDate.parse(f[1]);
                case "month" -> month = YearMonth.parse(f[1]);
                default -> texts.put(source.columns().stream().filter(c -> c.canonical().equals(f[0])).findFirst().orElseThrow(), f[1]);
            }
        }
        facts.add(source, new ReferenceRow(1, id, texts, amount, date, month));
    }

}
