package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MemberKeysTest {

    static Stream<Arguments> households() {
        return Stream.of(
                Arguments.of(List.of(), "", List.of()),
                Arguments.of(List.of("420104199001011234"), "18:420104199001011234", List.of("420104199001011234")),
                Arguments.of(List.of("42010419900101123X", "42010419900101123X", "U:王伟|4.20104E+17"),
                        "18:42010419900101123X16:U:王伟|4.20104E+17", List.of("42010419900101123X", "U:王伟|4.20104E+17")),
                Arguments.of(List.of("U:a:1|2:3", "U:"), "9:U:a:1|2:32:U:", List.of("U:a:1|2:3", "U:")),
                Arguments.of(List.of("U:" + "9".repeat(400)), "300:U:" + "9".repeat(298), List.of("U:" + "9".repeat(298))));
    }

    @ParameterizedTest
    @MethodSource("households")
    void keysSurviveTheColumnOnceEachAndInOrder(List<String> keys, String stored, List<String> read) {
        assertThat(MemberKeys.join(keys)).isEqualTo(stored);
        assertThat(MemberKeys.split(stored)).isEqualTo(read);
        assertThat(MemberKeys.count(stored)).isEqualTo(read.size());
    }
}
