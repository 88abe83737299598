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

    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String join(List<String> parts) {
        return String.join("; ", parts);
    }
}
