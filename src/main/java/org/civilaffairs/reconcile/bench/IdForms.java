package org.civilaffairs.reconcile.bench;

import java.util.SplittableRandom;

/** How a clerk types an ID number (CONTRACT §5): mostly right, sometimes broken in the ways the contract lists. */
final class IdForms {

    private IdForms() {
    }

    /** How an ID was typed, as the truth file names it ({@code id_kind}), and what identity resolution makes of it. */
    enum Damage {
        NONE("", "valid"), LOWER_X("lower_x", "valid"), TRANSPOSE("transpose", "repaired"), TYPO("typo", "repaired"),
        LEGACY15("legacy15", "valid"), SCI("sci", "unresolved"), FULLWIDTH("fullwidth", "valid"), SPACES("spaces", "valid"),
        MASK_SEQ("mask_seq", "repaired"), MASK_FULL("mask_full", "unresolved");

        final String kind;
        final String expected;

        Damage(String kind, String expected) {
            this.kind = kind;
            this.expected = expected;
        }
    }

    /** The damage of a typed valid ID; {@code brokenShare} of them are damaged. */
    static Damage pick(char[] id, SplittableRandom random, double brokenShare) {
        if (random.nextDouble() >= brokenShare) {
            return id[17] == 'X' && random.nextInt(3) == 0 ? Damage.LOWER_X : Damage.NONE;
        }
        return switch (random.nextInt(6)) {
            case 0 -> Damage.TRANSPOSE;
            case 1 -> Damage.TYPO;
            case 2 -> id[6] == '1' && id[7] == '9' ? Damage.LEGACY15 : Damage.NONE;
            case 3 -> Damage.SCI;
            case 4 -> Damage.FULLWIDTH;
            default -> Damage.SPACES;
        };
    }

    /** The text a clerk types for a valid ID with this damage (a typo or transposition draws its place). */
    static String typed(char[] id, Damage damage, SplittableRandom random) {
        return switch (damage) {
            case NONE -> new String(id);
            case LOWER_X -> lowerX(id);
            case TRANSPOSE -> transposed(id, random);
            case TYPO -> substituted(id, random);
            case LEGACY15 -> fifteen(id);
            case SCI -> spreadsheet(id);
            case FULLWIDTH -> fullWidth(id);
            case SPACES -> spaced(id);
            case MASK_SEQ -> new String(id, 0, 14) + "***" + id[17];
            case MASK_FULL -> maskedBirth(id);
        };
    }

    /** A reference file's ID: 15-digit and lower-case forms still validate (§7); a few are masked and rejected. */
    static String reference(char[] id, SplittableRandom random) {
        int roll = random.nextInt(1000);
        if (roll == 0) {
            return maskedBirth(id);
        }
        if (roll < 4) {
            return fifteen(id);
        }
        return id[17] == 'X' && roll < 300 ? lowerX(id) : new String(id);
    }

    /** {@code 420104********123X}: region and tail kept. */
    private static String maskedBirth(char[] id) {
        return new String(id, 0, 6) + "********" + new String(id, 14, 4);
    }

    private static String lowerX(char[] id) {
        return new String(id, 0, 17) + 'x';
    }

    /** Two adjacent different digits swapped. */
    private static String transposed(char[] id, SplittableRandom random) {
        char[] out = id.clone();
        int at = 6 + random.nextInt(10);
        while (at < 16 && out[at] == out[at + 1]) {
            at++;
        }
        char c = out[at];
        out[at] = out[at + 1];
        out[at + 1] = c;
        return new String(out);
    }

    /** One digit of the sequence part mistyped. */
    private static String substituted(char[] id, SplittableRandom random) {
        char[] out = id.clone();
        int at = 14 + random.nextInt(3);
        out[at] = (char) ('0' + (out[at] - '0' + 1 + random.nextInt(9)) % 10);
        return new String(out);
    }

    /** The old 15-digit form: no century, no check character (only for people born in the 1900s). */
    private static String fifteen(char[] id) {
        if (id[6] != '1' || id[7] != '9') {
            return new String(id);
        }
        return new String(id, 0, 6) + new String(id, 8, 9);
    }

    /** What a spreadsheet shows after reading the ID as a number: {@code 4.20104E+17}. */
    private static String spreadsheet(char[] id) {
        return id[0] + "." + new String(id, 1, 5) + "E+17";
    }

    private static String fullWidth(char[] id) {
        char[] out = id.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] = (char) (out[k] - '0' + '０');
        }
        if (id[17] == 'X') {
            out[17] = 'Ｘ';
        }
        return new String(out);
    }

    /** Grouped for reading: {@code 420104 19800101 123X}. */
    private static String spaced(char[] id) {
        return new String(id, 0, 6) + ' ' + new String(id, 6, 8) + ' ' + new String(id, 14, 4);
    }
}
