package org.civilaffairs.reconcile.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid ID numbers for tests, and the ways street offices mistype them. */
public final class IdFixtures {

    private IdFixtures() {
    }

    public static String withCheck(String first17) {
        return first17 + IdNumbers.checkChar(first17);
    }

    /** A valid ID of a person born on that date, in 武汉市江汉区, with a three-digit sequence. */
    public static String born(String birthDate, String sequence) {
        return withCheck("420103" + LocalDate.parse(birthDate).format(DateTimeFormatter.BASIC_ISO_DATE) + sequence);
    }

    /** The ID with the digit at {@code index} (0-based) replaced by another digit. */
    public static String substituted(String id, int index) {
        char other = id.charAt(index) == '9' ? '8' : '9';
        return id.substring(0, index) + other + id.substring(index + 1);
    }

    /** The ID with the characters at {@code index} and {@code index + 1} swapped (they must differ). */
    public static String transposed(String id, int index) {
        return id.substring(0, index) + id.charAt(index + 1) + id.charAt(index) + id.substring(index + 2);
    }

    public static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }
}
