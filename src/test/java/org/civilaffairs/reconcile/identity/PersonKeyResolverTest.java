package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civilaffairs.reconcile.identity.IdFixtures.born;
import static org.civilaffairs.reconcile.identity.IdFixtures.fullWidth;
import static org.civilaffairs.reconcile.identity.IdFixtures.substituted;
import static org.civilaffairs.reconcile.identity.IdFixtures.transposed;
import static org.civilaffairs.reconcile.identity.IdFixtures.withCheck;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identity resolution of CONTRACT §5 against a small registry, the way street offices break IDs. */
class PersonKeyResolverTest {

    // valid IDs (check characters computed by IdNumbers' MOD 11-2); ZHANG and LI end in X
    static final String ZHANG = withCheck("42010419700101123");
    static final String LI = withCheck("42010419850315004");
    static final String WANG_A = withCheck("42010219600101001");
    static final String WANG_B = withCheck("42010319600101002");
    static final String MAIMAITI = withCheck("65010119900505001");
    static final String OLD = withCheck("42010419650707123");
    // twins: the street copies one twin's ID onto the other's row
    static final String ZHANG_DA = born("1990-03-03", "011");
    static final String ZHANG_ER = born("1990-03-03", "022");
    static final String NOT_REGISTERED = born("1980-08-08", "031");

    /** Symbols a table cell may use for the IDs they stand for. */
    static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("ZHANG", ZHANG), Map.entry("LI", LI), Map.entry("OLD", OLD), Map.entry("MAIMAITI", MAIMAITI),
            Map.entry("ZHANG_DA", ZHANG_DA), Map.entry("ZHANG_ER", ZHANG_ER), Map.entry("NOT_REGISTERED", NOT_REGISTERED),
            Map.entry("WANG_BROKEN", substituted(WANG_A, 17)),
            Map.entry("LI_TRANSPOSED", transposed(LI, 10)),
            Map.entry("LI_SUBSTITUTED", substituted(LI, 15)),
            Map.entry("LI_CHECK_TRANSPOSED", transposed(LI, 16)),
            Map.entry("LOWER_X", ZHANG.toLowerCase()),
            Map.entry("SPACED", ZHANG.substring(0, 6) + " " + ZHANG.substring(6, 14) + "-" + ZHANG.substring(14)),
            Map.entry("FULLWIDTH", fullWidth(ZHANG)),
            Map.entry("FULLWIDTH_DASH", ZHANG.substring(0, 6) + "\u3000" + fullWidth(ZHANG.substring(6, 14)) + "－" + ZHANG.substring(14, 17) + "ｘ"),
            Map.entry("NO_BREAK_SPACE", ZHANG.substring(0, 6) + "\u00A0" + ZHANG.substring(6)),
            Map.entry("LI_NO_CHECK", LI.substring(0, 17)),
            Map.entry("LI_ZEROED", LI.substring(0, 15) + "000"),
            Map.entry("OLD15", OLD.substring(0, 6) + OLD.substring(8, 17)),
            Map.entry("OLD15_BAD_DATE", "420104651307123"),
            Map.entry("BORN_LAST_DAY", born("2017-05-31", "001")),
            Map.entry("BORN_NEXT_MONTH", born("2017-06-01", "001")),
            Map.entry("BORN_1899", born("1899-12-31", "001")));

    static Registry registry() {
        Registry r = Registry.empty();
        r.add(ZHANG, "张三");
        r.add(LI, "李四");
        r.add(LI, "李四"); // the registry extract lists him twice: still one person
        r.add(WANG_A, "王五");
        r.add(WANG_B, "王五");
        r.add(MAIMAITI, "买买提·艾力");
        r.add(OLD, "赵六");
        r.add(ZHANG_DA, "张大");
        r.add(ZHANG_ER, "张二");
        return r;
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = ';', value = {
            "valid;张三;ZHANG;ZHANG;VALID",
            "lower-case x;张三;LOWER_X;ZHANG;VALID",
            "spaces and dashes;张三;SPACED;ZHANG;VALID",
            "full-width digits;张三;FULLWIDTH;ZHANG;VALID",
            "ideographic space, full-width dash and x;张三;FULLWIDTH_DASH;ZHANG;VALID",
            "no-break space;张三;NO_BREAK_SPACE;ZHANG;VALID",
            "valid ID the registry does not hold stands;孙八;NOT_REGISTERED;NOT_REGISTERED;VALID",
            "name with spaces;张 三;ZHANG;ZHANG;VALID",
            "name with an ideographic space;张\u3000三;ZHANG;ZHANG;VALID",
            "transposed digits;李四;LI_TRANSPOSED;LI;REPAIRED_TRANSPOSITION",
            "transposed with the check character;李四;LI_CHECK_TRANSPOSED;LI;REPAIRED_TRANSPOSITION",
            "one wrong digit;李四;LI_SUBSTITUTED;LI;REPAIRED_SUBSTITUTION",
            "check character left out;李四;LI_NO_CHECK;LI;REPAIRED_BIRTH_DATE",
            "spreadsheet zeroed the last three digits;李四;LI_ZEROED;LI;REPAIRED_BIRTH_DATE",
            "15-digit ID;赵六;OLD15;OLD;CONVERTED_15",
            "15-digit ID with an impossible birth date;赵六;OLD15_BAD_DATE;U:赵六|OLD15_BAD_DATE;UNRESOLVED",
            "spreadsheet notation;张三;4.20104E+17;U:张三|4.20104E+17;UNRESOLVED",
            "masked;张三;420104********1234;U:张三|420104********1234;UNRESOLVED",
            "someone else's valid ID;张三;LI;U:张三|LI;UNRESOLVED",
            "twin's valid ID, repaired by the birth date;张大;ZHANG_ER;ZHANG_DA;REPAIRED_BIRTH_DATE",
            "same name and birth date twice;王五;WANG_BROKEN;U:王五|WANG_BROKEN;UNRESOLVED",
            "born on the month's last day;钱九;BORN_LAST_DAY;BORN_LAST_DAY;VALID",
            "born after the month;钱九;BORN_NEXT_MONTH;U:钱九|BORN_NEXT_MONTH;UNRESOLVED",
            "born before 1900;钱九;BORN_1899;U:钱九|BORN_1899;UNRESOLVED",
            "middle dot written otherwise;买买提•艾力;MAIMAITI;MAIMAITI;VALID",
            "middle dot as a full stop;买买提.艾力;MAIMAITI;MAIMAITI;VALID",
            "middle dot as a full-width full stop;买买提．艾力;MAIMAITI;MAIMAITI;VALID",
            "katakana middle dot;买买提・艾力;MAIMAITI;MAIMAITI;VALID",
            "hyphenation point;买买提‧艾力;MAIMAITI;MAIMAITI;VALID",
            "bullet operator with spaces;买买提 ∙ 艾力;MAIMAITI;MAIMAITI;VALID",
            "a name without its dot is another name;买买提艾力;MAIMAITI;U:买买提艾力|MAIMAITI;UNRESOLVED"})
    void resolves(String why, String name, String rawId, String expectedKey, String method) {
        PersonKey key = new PersonKeyResolver(registry(), LocalDate.of(2017, 5, 31)).resolve(name, ids(rawId));
        assertThat(key.key()).as(why).isEqualTo(ids(expectedKey));
        assertThat(key.how().name()).as(why).isEqualTo(method);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"ZHANG|VALID", "LI_SUBSTITUTED|UNRESOLVED"})
    void withoutRegistryValidIdsStandAndBrokenOnesStayUnresolved(String rawId, String method) {
        PersonKey key = new PersonKeyResolver(Registry.notDelivered(), LocalDate.of(2017, 5, 31)).resolve("张三", ids(rawId));
        assertThat(key.how().name()).isEqualTo(method);
    }

    /** Replaces the symbols in a table cell by the IDs they stand for; the unresolved key holds the normalized text. */
    private static String ids(String cell) {
        Matcher m = Pattern.compile("[A-Z][A-Z_0-9]+").matcher(cell);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = SYMBOLS.getOrDefault(m.group(), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(cell.startsWith("U:") ? IdNumbers.normalize(id) : id));
        }
        return m.appendTail(out).toString();
    }
}
