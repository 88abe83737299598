package org.civilaffairs.reconcile.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.civilaffairs.reconcile.privacy.Mask;

/** Formatting shared by the rules' evidence: masked persons, money with two decimals. */
final class Evidence {

    private Evidence() {
    }

    static String person(String key) {
        return "成员 " + Mask.id(key);
    }

    /** A format per thread: a DecimalFormat is not thread-safe, and making one per amount cost more than the rules. */
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.00",
            DecimalFormatSymbols.getInstance(Locale.ROOT)));

    static String money(BigDecimal amount) {
        return MONEY.get().format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String join(List<String> parts) {
        return String.join("; ", parts);
    }
}
