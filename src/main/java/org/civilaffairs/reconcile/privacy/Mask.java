package org.civilaffairs.reconcile.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where personal data is masked for humans (CONTRACT §11): ID numbers keep their
 * first 6 and last 4 characters, bank accounts their last 4, phones their first 3 and last 4.
 * Every log line, export, report and message goes through here.
 */
public final class Mask {

    /** Runs of 15 or more ID-like characters (digits, X) anywhere in free text. */
    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9A-Za-z])[0-9]{14,}[0-9Xx]?(?![0-9A-Za-z])");
    private static final Pattern PHONE_LIKE = Pattern.compile("(?<![0-9])1[0-9]{10}(?![0-9])");

    private Mask() {
    }

    /** 420104********123X; short or odd values keep proportionally less. */
    public static String id(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int len = value.length();
        if (len >= 12) {
            return value.substring(0, 6) + stars(len - 10) + value.substring(len - 4);
        }
        return keepLast(value, Math.min(2, len / 3));
    }

    public static String bankAccount(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return keepLast(value, Math.min(4, value.length() / 2));
    }

    public static String phone(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int len = value.length();
        if (len >= 9) {
            return value.substring(0, 3) + stars(len - 7) + value.substring(len - 4);
        }
        return keepLast(value, Math.min(2, len / 3));
    }

    /**
     * Masks anything in free text that looks like an ID number, a bank account or a mobile number:
     * for messages and exception texts whose content is not known field by field.
     */
    public static String freeText(String text) {
        if (text == null || !hasDigits(text, 11)) {
            return text; // both patterns need 11 digits in a row: most texts are answered by one scan
        }
        String masked = replace(ID_LIKE.matcher(text), true);
        return replace(PHONE_LIKE.matcher(masked), false);
    }

    private static boolean hasDigits(String text, int run) {
        int seen = 0;
        for (int i = 0; i < text.length() && seen < run; i++) {
            char c = text.charAt(i);
            seen = c >= '0' && c <= '9' ? seen + 1 : 0;
        }
        return seen >= run;
    }

    private static String replace(Matcher m, boolean idLike) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String hit = m.group();
            String replacement = idLike ? (hit.length() <= 18 ? id(hit) : bankAccount(hit)) : phone(hit);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String keepLast(String value, int keep) {
        return stars(value.length() - keep) + value.substring(value.length() - keep);
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(0, n));
    }
}
