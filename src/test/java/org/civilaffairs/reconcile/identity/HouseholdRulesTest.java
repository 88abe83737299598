package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Household rejects and collapse (CONTRACT §3, §13.3), and supersede by a later file (§1). */
class HouseholdRulesTest {

    /**
     * Rows as {@code person:relation:amount} separated by spaces (amount blank for none); the
     * expected outcomes as {@code LOADED}, {@code COLLAPSED} or the reject reason, per row.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "head and spouse|A:户主:670 B:配偶:|LOADED LOADED",
            "本人 is a head|A:本人:670|LOADED",
            "no head|A:配偶:670 B:子:|NO_HEAD NO_HEAD",
            "户 主 with a space is not a head|A:户 主:670 B:配偶:|NO_HEAD NO_HEAD",
            "two heads, different persons|A:户主:670 B:户主:670|MULTIPLE_HEADS MULTIPLE_HEADS",
            "same head twice is collapsed|A:户主:670 A:户主:670 B:配偶:|LOADED COLLAPSED LOADED",
            "member repeats the amount|A:户主:670 B:配偶:670.00|LOADED LOADED",
            "member with another amount|A:户主:670 B:配偶:700|AMOUNT_CONFLICT AMOUNT_CONFLICT",
            "exact duplicate member|A:户主:670 B:配偶: B:配偶:|LOADED LOADED COLLAPSED"})
    void outcomes(String why, String rows, String expected) {
        List<StagedRow> staged = new ArrayList<>();
        int line = 2;
        for (String spec : rows.split(" (?=[A-Z]:)")) {
            String[] p = spec.split(":", -1);
            boolean head = p[1].equals("户主") || p[1].equals("本人");
            StagedRow row = new StagedRow(1, line++, "汉正街", "URBAN_DIBAO", true, "H1", p[0], p[0], head,
                    p[2].isEmpty() ? null : new BigDecimal(p[2]), null, null);
            row.key = new PersonKey(p[0], PersonKey.Method.VALID, null);
            staged.add(row);
        }
        HouseholdRules.apply(staged);
        List<String> got = staged.stream().map(r -> r.outcome() == StagedRow.Outcome.REJECTED ? r.reason() : r.outcome().name()).toList();
        assertThat(String.join(" ", got)).as(why).isEqualTo(expected);
    }

    /**
     * Ingest's guess, without the registry: rows as {@code person:relation:amount:reject} (person
     * A, B or C, a valid ID; X an ID no rule can read; reject blank for none); expected per row the
     * guess's outcome or reason, then its key method (- for none).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a household in one piece|A:户主:670: B:配偶::|LOADED/VALID LOADED/VALID",
            "no head|A:配偶:670: B:子::|NO_HEAD/VALID NO_HEAD/VALID",
            "two heads|A:户主:670: B:户主:670:|MULTIPLE_HEADS/VALID MULTIPLE_HEADS/VALID",
            "a member repeated|A:户主:670: B:配偶:: B:配偶::|LOADED/VALID LOADED/VALID COLLAPSED/VALID",
            "a row rejected on its own keeps its reason and has no key|A:户主:670: C:子::MISSING_FIELD B:配偶::"
                    + "|LOADED/VALID MISSING_FIELD/- LOADED/VALID",
            "the only head rejected on its own leaves no head|A:户主::MISSING_FIELD B:配偶::|MISSING_FIELD/- NO_HEAD/VALID",
            "an ID only the registry could repair is unresolved|A:户主:670: X:子::|LOADED/VALID LOADED/UNRESOLVED"})
    void guess(String why, String rows, String expected) {
        Map<String, String> ids = Map.of("A", IdFixtures.withCheck("42010419700101123"), "B",
                IdFixtures.withCheck("42010419850315004"), "C", IdFixtures.withCheck("42010219600101001"), "X", "4201041970");
        List<StagedRow> staged = new ArrayList<>();
        int line = 2;
        for (String spec : rows.split(" (?=[A-Z]:)")) {
            String[] p = spec.split(":", -1);
            boolean head = p[1].equals("户主");
            staged.add(new StagedRow(1, line++, "汉正街", "URBAN_DIBAO", true, "H1", "姓" + p[0], ids.get(p[0]), head,
                    p[2].isEmpty() ? null : new BigDecimal(p[2]), null, p[3].isEmpty() ? null : p[3]));
        }
        HouseholdRules.guess(staged, new PersonKeyResolver(Registry.notDelivered(), LocalDate.of(2024, 5, 31)));
        List<String> got = staged.stream().map(r -> {
            StagedRow.Stored guess = r.guess();
            assertThat(guess).as(why).isEqualTo(r.resolved());
            return (guess.reason() == null ? guess.outcome() : guess.reason()) + "/" + (guess.method() == null ? "-" : guess.method());
        }).toList();
        assertThat(String.join(" ", got)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "later file names the pair|1:汉正街:URBAN_DIBAO 2:汉正街:URBAN_DIBAO|true false",
            "other pairs stay|1:汉正街:TEKUN 2:汉正街:URBAN_DIBAO|false false",
            "unrecognised pairs never supersede|1:?:URBAN_DIBAO 2:?:URBAN_DIBAO|false false"})
    void supersede(String why, String rows, String expected) {
        List<StagedRow> staged = new ArrayList<>();
        for (String spec : rows.split(" ")) {
            String[] p = spec.split(":");
            staged.add(new StagedRow(Long.parseLong(p[0]), 2, p[1], p[2], !p[1].equals("?"), "H1", "甲", "x", true,
                    BigDecimal.TEN, null, null));
        }
        HouseholdRules.supersede(staged);
        assertThat(String.join(" ", staged.stream().map(r -> String.valueOf(r.superseded())).toList())).as(why).isEqualTo(expected);
    }
}
