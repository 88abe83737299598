package org.civilaffairs.reconcile.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civilaffairs.reconcile.identity.IdFixtures.born;
import static org.civilaffairs.reconcile.identity.IdFixtures.substituted;
import static org.civilaffairs.reconcile.identity.IdFixtures.transposed;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civilaffairs.reconcile.identity.PersonKeyResolver;
import org.civilaffairs.reconcile.identity.Registry;
import org.civilaffairs.reconcile.policy.Program;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ID_UNRESOLVED (CONTRACT §5, §6): a household of 张三 (valid ID) and his wife 李四, whose ID the
 * street mistyped, is flagged until the registry holds what repairs it.
 */
class IdUnresolvedRuleTest {

    static final YearMonth MAY = YearMonth.of(2017, 5);
    static final String ZHANG = born("1970-01-01", "011");
    static final String LI = born("1985-03-15", "004");
    static final String LI_NAMESAKE = born("1985-03-15", "006");

    /** Symbols for the IDs in the tables, and the ways 李四's ID is mistyped. */
    static final Map<String, String> IDS = Map.of("ZHANG", ZHANG, "LI", LI, "LI_NAMESAKE", LI_NAMESAKE,
            "ONE_DIGIT", substituted(LI, 15),
            "SWAPPED", transposed(LI, 15),
            "CHECK_CHARACTER", substituted(LI, 17),
            "GARBLED_SEQUENCE", LI.substring(0, 14) + "9999",
            "TWO_BIRTH_DIGITS", substituted(substituted(LI, 12), 13),
            "MASKED", LI.substring(0, 6) + "********" + LI.substring(14));

    /**
     * Registry after the fix as {@code name:ID} separated by spaces ({@code -}: no registry
     * delivered); before it, the registry holds only 张三.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one wrong digit|ONE_DIGIT|李四:LI|",
            "adjacent digits swapped|SWAPPED|李四:LI|",
            "wrong check character|CHECK_CHARACTER|李四:LI|",
            "birth date readable, sequence garbled|GARBLED_SEQUENCE|李四:LI|",
            "registry lists the fix twice|ONE_DIGIT|李四:LI 李四:LI|",
            "one wrong digit, and a namesake born the same day|ONE_DIGIT|李四:LI 李四:LI_NAMESAKE|ID_UNRESOLVED",
            "birth date readable, two namesakes born that day|GARBLED_SEQUENCE|李四:LI 李四:LI_NAMESAKE|ID_UNRESOLVED",
            "fix registered under another name|ONE_DIGIT|李思:LI|ID_UNRESOLVED",
            "two digits of the birth date wrong|TWO_BIRTH_DIGITS|李四:LI|ID_UNRESOLVED",
            "masked|MASKED|李四:LI|ID_UNRESOLVED",
            "spreadsheet notation|4.20103E+17|李四:LI|ID_UNRESOLVED",
            "husband's valid ID copied onto her row|ZHANG|李四:LI|ID_UNRESOLVED",
            "no registry delivered|ONE_DIGIT|-|ID_UNRESOLVED"})
    void resolvesOnceTheRegistryHoldsTheFix(String why, String typed, String registryAfter, String expected) {
        assertThat(flag(typed, "张三:ZHANG")).as(why + ", before the fix").isEqualTo("ID_UNRESOLVED");
        String after = registryAfter.equals("-") ? "-" : "张三:ZHANG " + registryAfter;
        assertThat(flag(typed, after)).as(why).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Program.class)
    void appliesToEveryProgram(Program program) {
        assertThat(MonthFixture.evaluate(new IdUnresolvedRule(), MAY, "汉正街/" + program + "/H1:A,U1").get(0).evidence())
                .isPresent();
    }

    /** Members as in {@link MonthFixture}; expected, how many members the evidence names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "all members resolved|A,B|0",
            "unresolved head|U1,A|1",
            "two unresolved members|A,U1,U2|2"})
    void namesEveryUnresolvedMember(String why, String members, int named) {
        Optional<String> evidence = MonthFixture.evaluate(new IdUnresolvedRule(), MAY, "汉正街/URBAN_DIBAO/H1:" + members).get(0).evidence();
        assertThat(evidence.map(e -> e.split("无法核实", -1).length - 1).orElse(0)).as(why).isEqualTo(named);
    }

    /** The flag on the household once both members are resolved against that registry. */
    private static String flag(String typed, String registrySpec) {
        PersonKeyResolver resolver = new PersonKeyResolver(registry(registrySpec), MAY.atEndOfMonth());
        String head = resolver.resolve("张三", ZHANG).key();
        String raw = IDS.getOrDefault(typed, typed);
        String wife = resolver.resolve("李四", raw).key();
        CheckedHousehold h = new CheckedHousehold(MAY, "汉正街", Program.URBAN_DIBAO, "H1", head,
                List.of(head, wife), null, null);
        Optional<String> evidence = new IdUnresolvedRule().evaluate(h, null);
        evidence.ifPresent(e -> assertThat(e).contains("李四").doesNotContain(IDS.values().stream().filter(id -> !id.contains("*")).toList()));
        return evidence.map(e -> "ID_UNRESOLVED").orElse("");
    }

    private static Registry registry(String spec) {
        if (spec.equals("-")) {
            return Registry.notDelivered();
        }
        Registry registry = Registry.empty();
        for (String entry : spec.split(" ")) {
            String[] p = entry.split(":");
            registry.add(IDS.get(p[1]), p[0]);
        }
        return registry;
    }
}
