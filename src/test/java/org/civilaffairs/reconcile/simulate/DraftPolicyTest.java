package org.civilaffairs.reconcile.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.checks.CheckedHousehold;
import org.civilaffairs.reconcile.checks.Enrollments;
import org.civilaffairs.reconcile.checks.HouseholdChecker;
import org.civilaffairs.reconcile.checks.MonthContext;
import org.civilaffairs.reconcile.checks.ReferenceFacts;
import org.civilaffairs.reconcile.identity.IdFixtures;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.civilaffairs.reconcile.policy.Program;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A draft policy against the one in force, household by household: which results it changes and
 * how. Households are written {@code declared income/persons/deposits}, named H1, H2, … in order.
 */
class DraftPolicyTest {

    private static final YearMonth MAY = YearMonth.of(2017, 5);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // income per person 650, 680, 700 (= new standard), 701 and 900: only 680 and 700 lie in (670, 700]
            "raising the standard clears exactly the incomes between the old and the new|670|24|700|24"
                    + "|650/1/0 680/1/0 700/1/0 701/1/0 900/1/0 1402/2/0 1360/2/0|H2=cleared;H3=cleared;H7=cleared",
            "lowering the standard flags exactly the incomes between the new and the old|700|24|670|24"
                    + "|650/1/0 680/1/0 700/1/0 701/1/0|H2=flagged;H3=flagged",
            // 24 × 670 = 16,080 per person; 12 × 670 = 8,040 per person
            "lowering the deposit limit flags exactly the households above it|670|24|670|12"
                    + "|0/1/8040 0/1/8040.01 0/2/16081 0/1/16080 0/1/16080.01|H2=flagged;H3=flagged;H4=flagged",
            "a household flagged for income gains a deposit flag: changed|670|24|670|12|900/1/9000|H1=changed",
            "a draft identical to the policy in force changes nothing|670|24|670|24|650/1/0 680/1/0 900/1/20000|"})
    void changes(String why, String urban, String months, String draftUrban, String draftMonths, String households,
                 String expected) {
        Policy inForce = policy(urban, months);
        Policy draft = policy(draftUrban, draftMonths);
        List<String> changes = new ArrayList<>();
        List<CheckedHousehold> checked = households(households);
        ReferenceFacts facts = deposits(checked, households);
        for (CheckedHousehold h : checked) {
            HouseholdOutcome outcome = new HouseholdOutcome(MAY, h.street(), h.program(), h.householdId(), h.headKey(), h.amount(),
                    HouseholdChecker.check(h, new MonthContext(inForce, facts, new Enrollments())).flags(),
                    HouseholdChecker.check(h, new MonthContext(draft, facts, new Enrollments())).flags());
            outcome.change().ifPresent(c -> changes.add(h.householdId() + "=" + c.code()));
        }
        assertThat(String.join(";", changes)).as(why).isEqualTo(expected == null ? "" : expected);
    }

    private static Policy policy(String urban, String depositMonths) {
        return PolicyLoader.parse("standards:\n  urban: [{from: 2016-07-01, amount: " + urban + "}]\n"
                + "  rural: [{from: 2016-07-01, amount: 500}]\ndeposit_limit_months: " + depositMonths + "\n", "draft");
    }

    private static List<CheckedHousehold> households(String spec) {
        List<CheckedHousehold> out = new ArrayList<>();
        String[] households = spec.split(" ");
        for (int i = 0; i < households.length; i++) {
            String[] f = households[i].split("/");
            LinkedHashSet<String> members = new LinkedHashSet<>();
            for (int m = 0; m < Integer.parseInt(f[1]); m++) {
                members.add(IdFixtures.born("1970-01-" + String.format("%02d", i + 1), String.format("%03d", m + 1)));
            }
            out.add(new CheckedHousehold(MAY, "汉正街", Program.URBAN_DIBAO, "H" + (i + 1), members.iterator().next(), List.copyOf(members),
                    new BigDecimal("670"), new BigDecimal(f[0])));
        }
        return out;
    }

    /** Every source delivered; each household's deposits held by its head. */
    private static ReferenceFacts deposits(List<CheckedHousehold> households, String spec) {
        ReferenceFacts facts = new ReferenceFacts();
        for (ReferenceSource s : ReferenceSource.values()) {
            facts.delivered(s, MAY);
        }
        String[] balances = spec.split(" ");
        for (int i = 0; i < households.size(); i++) {
            BigDecimal balance = new BigDecimal(balances[i].split("/")[2]);
            if (balance.signum() > 0) {
                facts.add(ReferenceSource.DEPOSIT, new ReferenceRow(1, households.get(i).headKey(), Map.of(), balance, null, null));
            }
        }
        return facts;
    }
}
