package org.civilaffairs.reconcile.linkage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Names as they sound (拼音, without tones), from pinyin4j's dictionary: a clerk who types a name
 * from what they hear writes a homophone (同音字), so two names that sound alike may be one person.
 * A polyphonic character (多音字) keeps all its readings; keys use the first one.
 */
final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final Map<Character, String[]> READINGS = new ConcurrentHashMap<>();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** The readings of one character; a character that is not Chinese reads as itself, lower-cased. */
    static String[] readings(char c) {
        return READINGS.computeIfAbsent(c, Pinyin::lookUp);
    }

    private static String[] lookUp(char c) {
        try {
            String[] found = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (found != null && found.length > 0) {
                return java.util.Arrays.stream(found).distinct().toArray(String[]::new);
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        return new String[] {String.valueOf(Character.toLowerCase(c))};
    }

    /** The blocking key of a bare name: the first reading of each character, joined by spaces. */
    static String key(String bareName) {
        StringBuilder out = new StringBuilder(bareName.length() * 4);
        for (int i = 0; i < bareName.length(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(readings(bareName.charAt(i))[0]);
        }
        return out.toString();
    }

    /** Two characters sound alike when any reading of one is a reading of the other. */
    static boolean sameSound(char a, char b) {
        if (a == b) {
            return true;
        }
        for (String x : readings(a)) {
            for (String y : readings(b)) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
