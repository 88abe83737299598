package org.civilaffairs.reconcile.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.ReferenceSource.Cols;
import org.civilaffairs.reconcile.policy.Program;

/**
 * INCOME_OVER (收入超标): per-capita income above the standard S. Income is the larger of the
 * declared household income and the sum of member incomes; a member's income is
 * max(wage, provident-fund base) + pension, where the wage is the sum of social-insurance bases
 * in the member's latest contribution month up to M, counted only when that month is M, M−1 or M−2.
 * Compared exactly as income > S × n. Runs on declared income alone when no source exists.
 */
public final class IncomeOverRule implements Rule {

    @Override
    public Flag flag() {
        return Flag.INCOME_OVER;
    }

    @Override
    public boolean appliesTo(Program program) {
        return program.isBasic();
    }

    @Override
    public Set<ReferenceSource> sources() {
        return Set.of(ReferenceSource.SOCIAL_INSURANCE, ReferenceSource.PENSION, ReferenceSource.PROVIDENT_FUND);
    }

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        BigDecimal standard = c.policy().standardFor(h.program(), h.month());
        BigDecimal limit = standard.multiply(BigDecimal.valueOf(h.size()));
        BigDecimal verified = verified(h, c.facts(), null);
        BigDecimal declared = h.declaredIncome() == null ? BigDecimal.ZERO : h.declaredIncome();
        BigDecimal income = declared.max(verified);
        if (income.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        List<String> details = new ArrayList<>();
        verified(h, c.facts(), details);
        BigDecimal perCapita = income.divide(BigDecimal.valueOf(h.size()), 2, RoundingMode.HALF_UP);
        return Optional.of("人均收入 " + Evidence.money(perCapita) + " 元 > 标准 " + Evidence.money(standard) + " 元 (家庭收入 "
                + Evidence.money(income) + " 元 = max(申报 " + Evidence.money(declared) + ", 核对 " + Evidence.money(verified)
                + "), " + h.size() + " 人" + (details.isEmpty() ? "" : "; " + Evidence.join(details)) + ")");
    }

    /**
     * The sum of the members' incomes, with what it is made of added to {@code details} unless null:
     * the evidence is written for a flagged household only, a few in a hundred.
     */
    private static BigDecimal verified(CheckedHousehold h, ReferenceFacts facts, List<String> details) {
        BigDecimal verified = BigDecimal.ZERO;
        for (String key : h.members()) {
            verified = verified.add(memberIncome(key, h.month(), facts, details));
        }
        return verified;
    }

    private static BigDecimal memberIncome(String key, YearMonth month, ReferenceFacts facts, List<String> details) {
        BigDecimal wage = wage(key, month, facts, details);
        BigDecimal fund = sum(facts.of(ReferenceSource.PROVIDENT_FUND, key));
        BigDecimal pension = sum(facts.of(ReferenceSource.PENSION, key));
        if (fund.signum() > 0 && details != null) {
            details.add(Evidence.person(key) + " 公积金缴存基数 " + Evidence.money(fund));
        }
        if (pension.signum() > 0 && details != null) {
            details.add(Evidence.person(key) + " 养老金 " + Evidence.money(pension));
        }
        return wage.max(fund).add(pension);
    }

    /** The social-insurance bases of the latest contribution month ≤ M, if it is no older than M−2. */
    private static BigDecimal wage(String key, YearMonth month, ReferenceFacts facts, List<String> details) {
        List<ReferenceRow> rows = facts.of(ReferenceSource.SOCIAL_INSURANCE, key);
        if (rows.isEmpty()) {
            return BigDecimal.ZERO; // most members: no stream built for them
        }
        YearMonth latest = rows.stream().map(ReferenceRow::month)
                .filter(m -> m != null && !m.isAfter(month)).max(YearMonth::compareTo).orElse(null);
        if (latest == null || latest.isBefore(month.minusMonths(2))) {
            return BigDecimal.ZERO;
        }
        BigDecimal wage = BigDecimal.ZERO;
        for (ReferenceRow row : rows) {
            if (latest.equals(row.month()) && row.amount() != null) {
                wage = wage.add(row.amount());
                if (details != null) {
                    details.add(Evidence.person(key) + " 社保缴费基数 " + Evidence.money(row.amount()) + ", " + latest
                            + ", 缴费单位 " + row.text(Cols.SI_EMPLOYER));
                }
            }
        }
        return wage;
    }

    private static BigDecimal sum(List<ReferenceRow> rows) {
        return rows.isEmpty() ? BigDecimal.ZERO : rows.stream().map(ReferenceRow::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
