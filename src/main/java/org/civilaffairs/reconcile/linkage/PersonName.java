package org.civilaffairs.reconcile.linkage;

import org.civilaffairs.reconcile.identity.Names;

/**
 * A roster name as linkage compares it: normalized as CONTRACT §5 does, then bare (no middle dot,
 * since street offices write {@code 阿依古丽·买买提}, {@code 阿依古丽 买买提} and {@code 阿依古丽买买提}),
 * and its toneless pinyin.
 */
record PersonName(String normalized, String bare) {

    /** The middle dot that a bare name leaves out. */
    static final char SEPARATOR = '·';

    static PersonName of(String raw) {
        return normalized(Names.normalize(raw));
    }

    /** A name {@link Names#normalize} already gave. */
    static PersonName normalized(String normalized) {
        return new PersonName(normalized, withoutDots(normalized));
    }

    /** The bare form of a raw name. */
    static String bare(String raw) {
        return withoutDots(Names.normalize(raw));
    }

    /** The bare name's toneless pinyin: computed when asked, since a month holds millions of names. */
    String pinyin() {
        return Pinyin.key(bare);
    }

    private static String withoutDots(String normalized) {
        return normalized.indexOf(SEPARATOR) < 0 ? normalized : normalized.replace(String.valueOf(SEPARATOR), "");
    }

    /** How close two names are, from the closest: the outcome of the {@code name} field. */
    Level compare(PersonName other) {
        if (normalized.equals(other.normalized)) {
            return Level.EXACT;
        }
        if (bare.equals(other.bare)) {
            return Level.SEPARATOR;
        }
        if (bare.length() != other.bare.length()) {
            return Level.DIFFERENT;
        }
        int soundAlike = 0;
        int differing = 0;
        for (int i = 0; i < bare.length(); i++) {
            char a = bare.charAt(i);
            char b = other.bare.charAt(i);
            if (a != b) {
                differing++;
                soundAlike += Pinyin.sameSound(a, b) ? 1 : 0;
            }
        }
        if (soundAlike == differing) {
            return Level.PINYIN;
        }
        return differing == 1 && bare.length() >= 3 ? Level.ONE_CHAR : Level.DIFFERENT;
    }

    boolean soundsLike(PersonName other) {
        return compare(other).ordinal() <= Level.PINYIN.ordinal();
    }

    enum Level { EXACT, SEPARATOR, PINYIN, ONE_CHAR, DIFFERENT }
}
