package org.civilaffairs.reconcile.it;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what could be an ID number, bank account or phone in a text, in any form a person or a
 * spreadsheet writes it: any digits Java knows ({@code ４２０１…}, {@code ٤٢٠١…}), split by single
 * spaces or dashes, with a check character X; each as its ASCII digits, for comparison across forms.
 */
final class PersonalNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<!\\p{Nd})\\p{Nd}+(?:([ \\-\\u3000\\uFF0D])\\p{Nd}+(?:\\1\\p{Nd}+)*)?[XxＸｘ]?(?!\\p{Nd})");
    /** Spreadsheet notation of ten digits or more with more than its first digit shown: {@code 4.20104E+17}. */
    static final Pattern SPREADSHEET = Pattern.compile("\\p{Nd}[.．]\\p{Nd}{2,}[EeＥｅ][+＋]?[1-9１-９]\\p{Nd}(?!\\p{Nd})");

    private PersonalNumbers() {
    }

    static Set<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = ascii(m.group());
            if (digits.length() >= 15 || (digits.length() == 11 && digits.startsWith("1"))) {
                out.add(digits);
            }
        }
        return out;
    }

    private static String ascii(String number) {
        StringBuilder out = new StringBuilder();
        number.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                out.append(Character.digit(cp, 10));
            } else if ("XxＸｘ".indexOf(cp) >= 0) {
                out.append('X');
            }
        });
        return out.toString();
    }
}
