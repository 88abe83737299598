package org.civilaffairs.reconcile.ops;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An operator's age: {@code 180d}, {@code 12h}, {@code 30m}, or ISO-8601 ({@code P180D}). */
public final class RetentionPeriod {

    private static final Pattern SHORT = Pattern.compile("(\\d+)([dhm])");

    private RetentionPeriod() {
    }

    public static Duration parse(String text) {
        Matcher m = SHORT.matcher(text.trim().toLowerCase());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        }
        try {
            return Duration.parse(text.trim().toUpperCase());
        } catch (DateTimeParseException e) {
            throw new org.civilaffairs.reconcile.UsageError("not an age: '" + text + "' (write e.g. 180d, 12h or P180D)");
        }
    }
}
