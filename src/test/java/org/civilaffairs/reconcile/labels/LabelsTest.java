package org.civilaffairs.reconcile.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.ingest.RejectReason;
import org.civilaffairs.reconcile.policy.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    @ParameterizedTest
    @CsvSource({
            "PROGRAM, URBAN_DIBAO, 城市低保",
            "PROGRAM, TEKUN, 特困供养",
            "FLAG, INCOME_OVER, 收入超标",
            "FLAG, DUPLICATE_ENROLLMENT, 重复享受",
            "REJECT_REASON, NO_HEAD, 无户主",
            "INDICATOR, FLAGGED_EXIT_RATE, 应退尽退率",
            "INDICATOR, SOMETHING_NEW, SOMETHING_NEW",
    })
    void labels(Labels.Kind kind, String code, String label) {
        assertThat(Labels.of(kind, code).label()).isEqualTo(label);
    }

    @Test
    void everyProgramFlagAndRejectReasonHasAChineseLabel() {
        Arrays.stream(Program.values()).forEach(p -> assertThat(Labels.program(p.name())).isNotEqualTo(p.name()));
        Arrays.stream(Flag.values()).forEach(f -> assertThat(Labels.of(Labels.Kind.FLAG, f.name()).hint()).isNotBlank());
        Arrays.stream(RejectReason.values())
                .forEach(r -> assertThat(Labels.of(Labels.Kind.REJECT_REASON, r.name()).hint()).isNotBlank());
    }

    @Test
    void aProgramsLabelIsANameStreetOfficesWriteForIt() {
        Arrays.stream(Program.values())
                .forEach(p -> assertThat(Program.parse(Labels.program(p.name()))).contains(p));
    }
}
