package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identity resolution of CONTRACT §5 against a small registry, the way street offices break IDs. */
class PersonKeyResolverTest {

    // valid IDs (check characters computed by IdNumbers' MOD 11-2)
    static final String ZHANG = withCheck("42010419700101123");
    static final String LI = withCheck("42010419850315004");
    static final String WANG_A = withCheck("42010219600101001");
    static final String WANG_B = withCheck("42010319600101002");
    static final String MAIMAITI = withCheck("65010119900505001");
    static final String OLD = withCheck("42010419650707123");

    static String withCheck(String first17) {
        return first17 + IdNumbers.checkChar(first17);
    }

    static Registry registry() {
        Registry r = Registry.empty();
        r.add(ZHANG, "张三");
        r.add(LI, "李四");
        r.add(WANG_A, "王五");
        r.add(WANG_B, "王五");
        r.add(MAIMAITI, "买买提·艾力");
        r.add(OLD, "赵六");
        return r;
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = ';', value = {
            "valid;张三;ZHANG;ZHANG;VALID",
            "spaces and dashes;张三;SPACED;ZHANG;VALID",
            "full-width digits;张三;FULLWIDTH;ZHANG;VALID",
            "transposed digits;李四;LI_TRANSPOSED;LI;REPAIRED_TRANSPOSITION",
            "one wrong digit;李四;LI_SUBSTITUTED;LI;REPAIRED_SUBSTITUTION",
            "15-digit ID;赵六;OLD15;OLD;CONVERTED_15",
            "spreadsheet notation;张三;4.20104E+17;U:张三|4.20104E+17;UNRESOLVED",
            "masked;张三;420104********1234;U:张三|420104********1234;UNRESOLVED",
            "someone else's valid ID;张三;LI;U:张三|LI;UNRESOLVED",
            "same name and birth date twice;王五;WANG_BROKEN;U:王五|WANG_BROKEN;UNRESOLVED",
            "middle dot written otherwise;买买提•艾力;MAIMAITI;MAIMAITI;VALID",
            "middle dot as a full stop;买买提.艾力;MAIMAITI;MAIMAITI;VALID"})
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

    /** Replaces the symbolic names in a table cell by the IDs they stand for. */
    private static String ids(String cell) {
        String lowerX = ZHANG.endsWith("X") ? ZHANG.replace('X', 'x') : ZHANG;
        return cell.replace("WANG_BROKEN", WANG_A.substring(0, 17) + (WANG_A.charAt(17) == '0' ? '1' : '0'))
                .replace("LI_TRANSPOSED", LI.substring(0, 10) + LI.charAt(11) + LI.charAt(10) + LI.substring(12))
                .replace("LI_SUBSTITUTED", LI.substring(0, 15) + (LI.charAt(15) == '9' ? '8' : '9') + LI.substring(16))
                .replace("SPACED", ZHANG.substring(0, 6) + " " + ZHANG.substring(6, 14) + "-" + lowerX.substring(14))
                .replace("FULLWIDTH", toFullWidth(ZHANG))
                .replace("OLD15", OLD.substring(0, 6) + OLD.substring(8, 17))
                .replace("MAIMAITI", MAIMAITI).replace("ZHANG", ZHANG).replace("LI", LI).replace("OLD", OLD);
    }

    private static String toFullWidth(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }
}
