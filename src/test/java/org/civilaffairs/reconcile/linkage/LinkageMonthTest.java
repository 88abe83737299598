package org.civilaffairs.reconcile.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The columns give back each row as it was added, group households by street, program and ID, and find M−1. */
class LinkageMonthTest {

    private static final LinkageMonth MONTH = LinkageMonth.builder("2024-05")
            .add("a.csv", 2, "江汉街", "URBAN_DIBAO", "H1", " 社区一 ", "王芳", "420104197001011234", "420104197001011234")
            .add("a.csv", 3, "江汉街", "URBAN_DIBAO", "H1", null, "李秀英", "4.20104E+17", "U:李秀英|4.20104E+17")
            .add("b.csv", 9, "江汉街", "TEKUN", "H1", "社区一", "王芳", "42010419700101123x", "42010419700101123X")
            .add("b.csv", 10, "花桥街", "URBAN_DIBAO", "H1", "社区二", "赵六", "110101190001010010", "KEY-OTHER")
            .heldLastMonth("江汉街", "TEKUN", "H1", "王 芳", "420104197001011234")
            .heldLastMonth("江汉街", "TEKUN", "H2", "王芳", "420104197001011234")
            .heldLastMonth("江汉街", "URBAN_DIBAO", "H1", "王芳", "U:王芳|x")
            .heldLastMonth("江汉街", "URBAN_DIBAO", "H1", "李秀英", "420104198805055678")
            .build();

    @Test
    void eachRowComesBackAsAdded() {
        assertThat(MONTH.size()).isEqualTo(4);
        RosterPerson first = MONTH.row(0);
        assertThat(first).extracting(RosterPerson::file, RosterPerson::line, RosterPerson::street, RosterPerson::program,
                RosterPerson::householdId, RosterPerson::community, RosterPerson::personKey)
                .containsExactly("a.csv", 2L, "江汉街", "URBAN_DIBAO", "H1", "社区一", "420104197001011234");
        assertThat(first.name().normalized()).isEqualTo("王芳");
        assertThat(first.id().sameAs(IdFragments.of("420104197001011234"))).isTrue();
        assertThat(MONTH.row(1).community()).isEmpty();
        assertThat(MONTH.row(1).personKey()).isEqualTo("U:李秀英|4.20104E+17");
        assertThat(MONTH.id(1).roundedRegions()).containsExactly("420104", "420103");
        assertThat(MONTH.personKey(2)).isEqualTo("42010419700101123X");
        assertThat(MONTH.personKey(3)).isEqualTo("KEY-OTHER");
        assertThat(MONTH.id(3).complete()).as("a key that is no ID is compared as it is").isFalse();
    }

    /** Made at the month's size, below it or above it, on the heap or in mapped files, the columns give the same rows. */
    @ParameterizedTest(name = "expecting {0} rows, mapped {1}")
    @CsvSource({"0, false", "1, false", "3, false", "3000, false", "3001, false", "5000, false", "0, true", "3000, true", "5000, true"})
    void theExpectedSizeChangesNoRow(int expected, boolean mapped, @TempDir Path dir) {
        LinkageMonth.Builder builder = LinkageMonth.builder("2024-05", expected, mapped ? ColumnSpace.filesIn(dir) : ColumnSpace.HEAP);
        for (int i = 0; i < 3000; i++) {
            builder.add("f" + i % 7 + ".csv", i + 2, "街" + i / 3 % 5, program(i), "H" + i / 3, "",
                    "王" + (char) ('一' + i % 40), "4201041970010" + String.format("%05d", i), "K" + i);
        }
        LinkageMonth month = builder.build();
        assertThat(month.size()).isEqualTo(3000);
        assertThat(month.space().mapped()).isEqualTo(mapped);
        for (int i = 0; i < 3000; i += 7) {
            assertThat(month.row(i)).extracting(RosterPerson::file, RosterPerson::line, RosterPerson::street,
                    RosterPerson::program, RosterPerson::householdId, RosterPerson::personKey)
                    .containsExactly("f" + i % 7 + ".csv", i + 2L, "街" + i / 3 % 5, program(i), "H" + i / 3, "K" + i);
            assertThat(month.name(i).normalized()).isEqualTo("王" + (char) ('一' + i % 40));
            assertThat(month.memberCount(i)).as("row %d's household", i).isEqualTo(3);
        }
    }

    private static String program(int row) {
        return row / 3 % 2 == 0 ? "URBAN_DIBAO" : "TEKUN";
    }

    /** Two valid keys are compared as numbers, any other as its characters: the answer is the same. */
    @Test
    void twoRowsShowOneWholeIdAsTheirCharactersSay() {
        LinkageMonth month = LinkageMonth.builder("2024-05")
                .add("a.csv", 2, "江汉街", "URBAN_DIBAO", "H1", "", "王芳", "420104197001011234", "420104197001011234")
                .add("a.csv", 3, "江汉街", "URBAN_DIBAO", "H1", "", "李秀英", "420104197001011234", "U:李秀英|420104197001011234")
                .add("b.csv", 4, "花桥街", "TEKUN", "H2", "", "王芳", "420104197001011234", "420104197001011234")
                .add("b.csv", 5, "花桥街", "TEKUN", "H2", "", "赵六", "42010419700101123X", "42010419700101123X")
                .add("b.csv", 6, "花桥街", "TEKUN", "H2", "", "钱七", "4.20104E+17", "U:钱七|4.20104E+17")
                .build();
        for (int i = 0; i < month.size(); i++) {
            for (int m = 0; m < month.size(); m++) {
                assertThat(month.sameId(i, m)).as("rows %d and %d", i, m).isEqualTo(month.id(i).sameAs(month.id(m)));
            }
        }
        assertThat(month.sameId(0, 2)).as("two valid keys, one ID").isTrue();
        assertThat(month.sameId(1, 0)).as("an ID typed in, the same as a valid key").isTrue();
        assertThat(month.sameId(0, 3)).isFalse();
        assertThat(month.sameId(4, 4)).as("a spreadsheet's ID is never whole").isFalse();
    }

    @Test
    void whatResolutionSaysOfTwoRows() {
        assertThat(MONTH.unresolved(1)).isTrue();
        assertThat(MONTH.unresolved(3)).isFalse();
        assertThat(MONTH.known(0, 2)).isEqualTo(FellegiSunter.Known.TWO_PERSONS);
        assertThat(MONTH.known(0, 1)).isEqualTo(FellegiSunter.Known.NOTHING);
        assertThat(MONTH.known(3, 3)).isEqualTo(FellegiSunter.Known.SAME_PERSON);
    }

    @Test
    void aHouseholdIsItsStreetProgramAndId() {
        assertThat(members(0)).containsExactly(0, 1);
        assertThat(members(1)).containsExactly(0, 1);
        assertThat(members(2)).containsExactly(2);
        assertThat(members(3)).containsExactly(3);
        assertThat(MONTH.sameHousehold(0, 2)).isFalse();
    }

    private static int[] members(int row) {
        return IntStream.range(0, MONTH.memberCount(row)).map(k -> MONTH.member(row, k)).toArray();
    }

    /** Names sound alike when their pinyin is one: the same name, or homophones (张伟, 章伟), never by hash alone. */
    @Test
    void namesSoundAlikeByTheirPinyin() {
        LinkageMonth month = LinkageMonth.builder("2024-05")
                .add("a.csv", 2, "江汉街", "URBAN_DIBAO", "H1", "", "张伟", "420104197001011234", "420104197001011234")
                .add("a.csv", 3, "江汉街", "URBAN_DIBAO", "H2", "", "章伟", "420104197001011242", "420104197001011242")
                .add("a.csv", 4, "江汉街", "URBAN_DIBAO", "H3", "", "张 伟", "420104197001011250", "420104197001011250")
                .add("a.csv", 5, "江汉街", "URBAN_DIBAO", "H4", "", "李伟", "420104197001011269", "420104197001011269")
                .build();
        assertThat(month.soundAlike(0, 1)).isTrue();
        assertThat(month.soundAlike(0, 2)).isTrue();
        assertThat(month.soundAlike(0, 3)).isFalse();
        assertThat(month.sound(0)).isEqualTo(month.sound(1)).isNotEqualTo(month.sound(3));
    }

    @Test
    void lastMonthIsFoundByHouseholdAndName() {
        assertThat(MONTH.heldLastMonth(2, 0)).as("TEKUN H1 held 王芳 of row 0").isTrue();
        assertThat(MONTH.heldLastMonth(0, 2)).as("URBAN_DIBAO H1 held another 王芳").isFalse();
        assertThat(MONTH.heldLastMonth(1, 0)).isFalse();
        assertThat(MONTH.heldLastMonth(3, 0)).isFalse();
        assertThat(MONTH.mayBeMissedDuplicate(0, 2)).isTrue();
    }
}
