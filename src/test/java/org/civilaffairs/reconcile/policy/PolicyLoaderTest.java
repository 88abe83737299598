package org.civilaffairs.reconcile.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy binding (CONTRACT §8): what loads, and the one line every kind of mistake gives. */
class PolicyLoaderTest {

    private static final String STANDARDS = """
            standards:
              urban: [{from: 2016-07-01, amount: 600}, {from: 2017-05-01, amount: 670}]
              rural: [{from: 2016-07-01, amount: 360}, {from: 2017-05-01, amount: 500}]
            """;

    /** Each case: the lines after the standards (\\n between lines), then the error's line and what it must say. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key|deposit_limit_month: 60|4|deposit_limit_month: unknown key; the keys here are deposit_limit_months, exempt_vehicle_types, indicators, residential_property_limit, standards, streets",
            "unknown key in a street|streets:\\n  - {name: 汉正街, alias: [汉正街道]}|5|streets[0].alias: unknown key",
            "unknown key in a period|deposit_limit_months: 24\\nx: 1|5|x: unknown key",
            "text for a number|deposit_limit_months: twenty|4|deposit_limit_months: 'twenty' is not a number",
            "fraction for a count|residential_property_limit: 1.5|4|residential_property_limit: expected a whole number",
            "negative limit|deposit_limit_months: -3|4|deposit_limit_months: must not be negative, found -3",
            "negative target|indicators:\\n  2017: {TEMP_RELIEF_EVENTS: -1}|5|indicators.2017.TEMP_RELIEF_EVENTS: must not be negative",
            "year that is no number|indicators:\\n  twenty: {TEMP_RELIEF_EVENTS: 1}|5|indicators: 'twenty' is not a whole number",
            "scalar for a list|exempt_vehicle_types: 摩托车|4|exempt_vehicle_types: expected a list",
            "list for a mapping|indicators: [2017]|4|indicators: expected a mapping",
            "empty value|deposit_limit_months:|4|deposit_limit_months: a value is required here",
            "street without a name|streets:\\n  - {aliases: [汉正街道]}|5|streets[0].name: a value is required here",
            "key twice|deposit_limit_months: 24\\ndeposit_limit_months: 12|5|key \"deposit_limit_months\" appears twice",
            "unclosed flow list|exempt_vehicle_types: [摩托车, 三轮车\\nstreets: []|5|not valid YAML",
            "bad indentation|streets:\\n  - name: 汉正街\\n   aliases: [a]|6|not valid YAML"})
    void everyMistakeIsOneLineNamingKeyAndLine(String what, String tail, int line, String says) {
        String yaml = STANDARDS + tail.replace("\\n", "\n") + "\n";
        assertThatThrownBy(() -> PolicyLoader.parse(yaml, "p.yml"))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("policy p.yml line " + line + ": ")
                .hasMessageContaining(says)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "tools.jackson", "org.snakeyaml"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "date out of order|urban: [{from: 2017-05-01, amount: 670}, {from: 2016-07-01, amount: 600}]|2|standards.urban: effective dates must ascend without repeats: entry 2 (from 2016-07-01)",
            "date twice|urban: [{from: 2017-05-01, amount: 670}, {from: 2017-05-01, amount: 600}]|2|entry 2 (from 2017-05-01) does not come after entry 1",
            "negative amount|urban: [{from: 2017-05-01, amount: -670}]|2|standards.urban[0].amount: must not be negative",
            "no date|urban: [{amount: 670}]|2|standards.urban[0].from: a value is required here",
            "impossible date|urban: [{from: 2017-02-30, amount: 670}]|2|standards.urban[0].from: '2017-02-30' is not a date YYYY-MM-DD",
            "empty list|urban: []|2|standards.urban: must list at least one",
            "number for a list|urban: 670|2|standards.urban: expected a list"})
    void standardsAreCheckedToo(String what, String urban, int line, String says) {
        String yaml = "standards:\n  " + urban + "\n  rural: [{from: 2016-07-01, amount: 360}]\n";
        assertThatThrownBy(() -> PolicyLoader.parse(yaml, "p.yml"))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("policy p.yml line " + line + ": ")
                .hasMessageContaining(says);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "''|is empty",
            "deposit_limit_months: 24|key 'standards' is missing",
            "standards: {urban: [{from: 2016-07-01, amount: 600}]}|standards.rural: a value is required here"})
    void missingStandardsAreNamed(String yaml, String says) {
        assertThatThrownBy(() -> PolicyLoader.parse(yaml, "p.yml")).isInstanceOf(PolicyException.class).hasMessageContaining(says);
    }

    @Test
    void keysLeftOutKeepTheirDefaults() {
        Policy p = PolicyLoader.parse(STANDARDS, "p.yml");
        assertThat(p.depositLimitMonths()).isEqualByComparingTo("24");
        assertThat(p.residentialPropertyLimit()).isEqualTo(1);
        assertThat(p.exemptVehicleTypes()).containsExactly("摩托车", "残疾人专用车", "三轮车");
        assertThat(p.streetAliases()).isEmpty();
        assertThat(p.targets()).isEmpty();
        assertThat(p.standard(Program.Standard.URBAN, YearMonth.of(2017, 4))).contains(new BigDecimal("600"));
        assertThat(p.standard(Program.Standard.URBAN, YearMonth.of(2017, 5))).contains(new BigDecimal("670"));
    }

    @Test
    void everyKeyIsBound() {
        Policy p = PolicyLoader.parse(STANDARDS + """
                deposit_limit_months: 12
                residential_property_limit: 2
                exempt_vehicle_types: [摩托车, 低速货车]
                streets:
                  - {name: 汉正街, aliases: [汉正街道, 汉正街街道办事处]}
                  - {name: 宗关街}
                indicators:
                  2017: {TEMP_RELIEF_EVENTS: 5000, BASIC_PAYMENT_ACCURACY: 1.0}
                """, "p.yml");
        assertThat(p.depositLimitMonths()).isEqualByComparingTo("12");
        assertThat(p.residentialPropertyLimit()).isEqualTo(2);
        assertThat(p.exemptVehicleTypes()).containsExactly("摩托车", "低速货车");
        assertThat(p.street("汉正街道")).contains("汉正街");
        assertThat(p.street("宗关街")).contains("宗关街");
        assertThat(p.street("古田街")).isEmpty();
        assertThat(p.targets().get(2017)).containsOnlyKeys("TEMP_RELIEF_EVENTS", "BASIC_PAYMENT_ACCURACY");
        assertThat(p.targets().get(2017).get("BASIC_PAYMENT_ACCURACY")).isEqualByComparingTo("1");
    }

    @Test
    void theHashIsOverTheMeaningNotTheText() {
        String plain = STANDARDS + "deposit_limit_months: 24\n";
        String commented = "# edited by the operator\n" + STANDARDS.replace("600}", "600.00}  ") + "deposit_limit_months:   24   # K\n";
        String json = "{\"standards\": {\"urban\": [{\"from\": \"2016-07-01\", \"amount\": 600}, {\"from\": \"2017-05-01\", "
                + "\"amount\": 670}], \"rural\": [{\"from\": \"2016-07-01\", \"amount\": 360}, {\"from\": \"2017-05-01\", "
                + "\"amount\": 500}]}, \"deposit_limit_months\": 24}";
        String sha = PolicyLoader.parse(plain, "a").sha256();
        assertThat(PolicyLoader.parse(commented, "b").sha256()).isEqualTo(sha);
        assertThat(PolicyLoader.parse(json, "c").sha256()).isEqualTo(sha);
        assertThat(PolicyLoader.parse(STANDARDS + "deposit_limit_months: 25\n", "d").sha256()).isNotEqualTo(sha);
    }

    static Stream<Path> shippedPolicies() throws IOException {
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"), "examples");
        Stream<Path> examples = Files.isDirectory(shared)
                ? Files.list(shared).map(d -> d.resolve("policy.yml")).filter(Files::exists) : Stream.empty();
        return Stream.concat(Stream.of(Path.of("jobs/policy.yml"), Path.of("input-samples/policy.yml")), examples);
    }

    @ParameterizedTest
    @MethodSource("shippedPolicies")
    void shippedAndExamplePoliciesLoad(Path file) {
        Policy p = PolicyLoader.load(file);
        assertThat(p.standards().get(Program.Standard.URBAN)).isNotEmpty();
        assertThat(p.targets()).isNotEmpty();
    }

    /** A file that cannot be read is refused in words that name the fix, not the decoder's. */
    @Test
    void aPolicyFileThatCannotBeReadIsNamedWithTheFix(@TempDir Path dir) throws IOException {
        Path gbk = Files.write(dir.resolve("gbk.yml"), (STANDARDS + "streets:\n  - {name: 汉正街}\n").getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> PolicyLoader.load(gbk)).isInstanceOf(PolicyException.class)
                .hasMessage("cannot read policy file " + gbk.toAbsolutePath() + ": it is not UTF-8 text (saved as GBK?): save it as UTF-8");
        Path missing = dir.resolve("missing.yml");
        assertThatThrownBy(() -> PolicyLoader.load(missing)).isInstanceOf(PolicyException.class)
                .hasMessage("cannot read policy file " + missing.toAbsolutePath() + ": there is no such file");
    }
}
