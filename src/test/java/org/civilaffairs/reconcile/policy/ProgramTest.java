package org.civilaffairs.reconcile.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "URBAN_DIBAO, URBAN_DIBAO",
        "urban_dibao, URBAN_DIBAO",
        "Tekun, TEKUN",
        "城市低保, URBAN_DIBAO",
        "城市最低生活保障, URBAN_DIBAO",
        "农村低保, RURAL_DIBAO",
        "集中供养特困, TEKUN",
        "散居孤儿, ORPHAN",
        "临时救助, TEMP_RELIEF",
        "困难残疾人生活补贴, DISABILITY_LIVING",
        "重度残疾人护理补贴, DISABILITY_CARE",
        "高龄津贴, ELDERLY_ALLOWANCE",
        "elderly_allowance, ELDERLY_ALLOWANCE",
        "低保, none",
        "'城市低保 ', none",
        "DIBAO, none",
        "'', none",
    })
    void aProgramIsItsCodeInAnyCaseOrOneOfItsChineseNames(String text, String expected) {
        assertThat(Program.parse(text)).isEqualTo(Optional.ofNullable(expected).map(Program::valueOf));
    }
}
