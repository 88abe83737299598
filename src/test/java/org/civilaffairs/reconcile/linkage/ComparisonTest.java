package org.civilaffairs.reconcile.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparison functions and blocking keys, table-driven. */
class ComparisonTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "阿依古丽·买买提, 阿依古丽·买买提, EXACT",
            "阿依古丽·买买提, 阿依古丽•买买提, EXACT",        // middle-dot variants normalize (CONTRACT §5)
            "阿依古丽·买买提, 阿依古丽买买提, SEPARATOR",      // no dot at all
            "何敏芳, 何敏方, PINYIN",                          // 同音字: fang = fang
            "严玉, 严彧, PINYIN",                              // yu = yu
            "许洁秀, 徐洁秀, PINYIN",
            "张建国, 张建军, ONE_CHAR",
            "何文, 何武, DIFFERENT",                           // two-character names: one character is too little
            "王伟, 王伟明, DIFFERENT",
    })
    void names(String a, String b, PersonName.Level expected) {
        assertEquals(expected, PersonName.of(a).compare(PersonName.of(b)));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "420104197001011234, 420104197001011234, exact",
            "420104197001011234, 420104197001011243, one_edit",      // transposition
            "420104197001011234, 420104197001011264, one_edit",      // substitution
            "420104********1234, 420104197001011234, first6+last4",  // masked by a clerk
            "4.20104E+17, 420104197001011234, first6",               // a spreadsheet's notation
            "4.20105E+17, 420104197701011234, first6",               // its last digit rounded up (…04|7… → …05)
            "4.20106E+17, 420104197001011234, different",
            "42010419700101123, 420104197001011234, first6",         // lost its check character
            "420106********1234, 420104197001011234, different",
            "420104197001011234, 420104198805055678, different",     // two whole IDs: two persons
            "************, 420104197001011234, unknown",
    })
    void ids(String a, String b, String expected) {
        assertEquals(expected, PairComparison.id(IdFragments.of(a), IdFragments.of(b)));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "420104197001011234, 420104197001011234, exact",
            "420104********1234, 420104197001011234, unknown",
            "4.20104E+17, 420104197001011234, unknown",
            "42010419700101123, 420104197001011234, exact",
            "420104198001011234, 420104197001011234, different",
    })
    void birthDates(String a, String b, String expected) {
        assertEquals(expected, PairComparison.birthDate(IdFragments.of(a), IdFragments.of(b)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
            "阿依古丽·买买提; 420104197001011234; n阿依古丽买买提|42010, ba yi gu li mai mai ti|19700101, i420104197001011234",
            "阿依古丽买买提;   420104********123X; n阿依古丽买买提|42010",
            "何敏方;          4.20104E+17;        n何敏方|42010",
            "何敏芳;          420104194802195266; n何敏芳|42010, bhe min fang|19480219, i420104194802195266",
            "吕静;            4.2010419700E+17;   n吕静|42010",
    })
    void blockingKeys(String name, String id, String expected) {
        LinkageMonth month = LinkageMonth.builder("2017-05").add("f.csv", 2, "s", "URBAN_DIBAO", "H1", "c", name, id, "U:x")
                .build();
        List<Long> hashes = new ArrayList<>();
        Blocking.keyHashes(month, 0, hashes::add);
        assertEquals(Arrays.stream(expected.split(", ")).map(Blocking::hash).toList(), hashes);
    }

    /** A spreadsheet-damaged ID meets the same name, with or without its middle dot, but not a homophone: two damages at once. */
    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
            "阿依古丽·买买提, 阿依古丽买买提, 1",
            "何敏芳, 何敏芳, 1",
            "何敏芳, 何敏方, 0",
    })
    void aDamagedIdMeetsItsNameWithoutItsMiddleDot(String nameA, String nameB, int pairs) {
        LinkageMonth month = LinkageMonth.builder("2017-05")
                .add("a.csv", 2, "s1", "URBAN_DIBAO", "H1", "c1", nameA, "420104197001011234", "420104197001011234")
                .add("b.csv", 5, "s2", "URBAN_DIBAO", "H9", "c2", nameB, "4.20104E+17", "U:" + nameB + "|4.20104E+17")
                .build();
        Blocking.Candidates c = Blocking.candidates(month, Blocking::keyHashes, (i, j) -> true);
        assertEquals(pairs, c.pairs().length);
        assertEquals("first6", Field.ID.level(PairComparison.of(0, 1, month).level(Field.ID)));
    }

    /** A row that shows a family member's ID meets its person's row in the other household, and says so. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"420104198805055678", "42010419880505567"})
    void aFamilyMembersIdTypedInIsCompared(String typed) {
        LinkageMonth month = LinkageMonth.builder("2017-05")
                .add("a.csv", 2, "s1", "URBAN_DIBAO", "H1", "c1", "张建国", "420104197001011234", "420104197001011234")
                .add("a.csv", 3, "s1", "URBAN_DIBAO", "H1", "c1", "李秀英", "420104198805055678", "420104198805055678")
                .add("b.csv", 5, "s2", "TEKUN", "T9", "c2", "张建国", typed, "U:张建国|" + typed)
                .build();
        long[] pairs = Blocking.candidates(month, Blocking::keyHashes, (i, j) -> true).pairs();
        assertTrue(Arrays.stream(pairs).anyMatch(p -> p == (0L << 32 | 2)), "the person's two rows are a candidate pair");
        String expected = typed.length() == 18 ? "co_member" : "different";
        assertEquals(expected, Field.ID.level(PairComparison.of(0, 2, month).level(Field.ID)));
    }

    /** Last month the second row's household held the first row's person under this name: the longitudinal evidence. */
    @ParameterizedTest(name = "M-1 {0}")
    @CsvSource({"s2|H9|张建国|420104197001011234, same_household", "s2|H9|张建国|420104197001011235, none",
            "s2|H8|张建国|420104197001011234, none", "s2|H9|张建军|420104197001011234, none"})
    void theHouseholdLastMonth(String held, String expected) {
        String[] m = held.split("\\|");
        LinkageMonth month = LinkageMonth.builder("2017-05")
                .add("a.csv", 2, "s1", "URBAN_DIBAO", "H1", "c1", "张建国", "420104197001011234", "420104197001011234")
                .add("b.csv", 5, "s2", "URBAN_DIBAO", "H9", "c2", "张建国", "4.20104E+17", "U:张建国|4.20104E+17")
                .heldLastMonth(m[0], "URBAN_DIBAO", m[1], m[2], m[3])
                .build();
        assertEquals(expected, Field.LAST_MONTH.level(PairComparison.of(0, 1, month).level(Field.LAST_MONTH)));
        assertEquals(expected, Field.LAST_MONTH.level(PairComparison.of(1, 0, month).level(Field.LAST_MONTH)));
    }
}
