package org.civilaffairs.reconcile.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;

/** DEPOSIT_OVER (存款超标): Σ member balances > K × S × n, K the policy's deposit limit in months. */
public final class DepositOverRule extends BasicSourceRule {

    public DepositOverRule() {
        super(Flag.DEPOSIT_OVER, ReferenceSource.DEPOSIT);
    }

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        BigDecimal total = BigDecimal.ZERO;
        for (String key : h.members()) {
            for (ReferenceRow row : c.facts().of(ReferenceSource.DEPOSIT, key)) {
                total = row.amount() == null ? total : total.add(row.amount());
            }
        }
        BigDecimal standard = c.policy().standardFor(h.program(), h.month());
        BigDecimal perCapitaLimit = c.policy().depositLimitMonths().multiply(standard);
        BigDecimal limit = perCapitaLimit.multiply(BigDecimal.valueOf(h.size()));
        if (total.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        BigDecimal perCapita = total.divide(BigDecimal.valueOf(h.size()), 2, RoundingMode.HALF_UP);
        return Optional.of("人均存款 " + Evidence.money(perCapita) + " 元 > 限额 " + Evidence.money(perCapitaLimit) + " 元 ("
                + c.policy().depositLimitMonths().stripTrailingZeros().toPlainString() + " 个月 × 标准 "
                + Evidence.money(standard) + " 元; 家庭存款合计 " + Evidence.money(total) + " 元, " + h.size() + " 人)");
    }
}
