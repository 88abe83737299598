package org.civilaffairs.reconcile.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficesTest {

    private static final List<String> STREETS = List.of("柳湾街", "石桥街", "梅岭街", "渡口街");

    @ParameterizedTest
    @CsvSource({
            "rosters/石桥街_低保特困_2019-06.csv, 石桥街",
            "rosters/柳湾街_2019-07_v2.csv, 柳湾街",
            "rosters/区残联_残疾人两项补贴_2019-06.csv, 区残联",
            "rosters/柳湾街街道办事处_2019-06.csv, 柳湾街",
            "rosters/花名册.csv, 花名册",
            "rosters/_2019-06.csv, _2019-06",
    })
    void theSenderIsTheFileNamesFirstPart(String file, String office) {
        assertThat(Offices.sender(file, STREETS)).isEqualTo(office);
    }

    @ParameterizedTest
    @CsvSource({"柳湾街, 柳湾街_2019-07_核对反馈.xlsx", "a/b:c, a_b_c_2019-07_核对反馈.xlsx"})
    void workbookName(String office, String name) {
        assertThat(Offices.workbookName(office, "2019-07")).isEqualTo(name);
    }

    @Test
    void aLongNameIsShortenedAndStaysApartFromAnotherOfTheSameStart() {
        String one = Offices.workbookName("很长的文件名".repeat(20) + "甲", "2019-07");
        String other = Offices.workbookName("很长的文件名".repeat(20) + "乙", "2019-07");
        assertThat(one.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(255);
        assertThat(one).startsWith("很长的文件名").endsWith("_2019-07_核对反馈.xlsx").isNotEqualTo(other);
    }
}
