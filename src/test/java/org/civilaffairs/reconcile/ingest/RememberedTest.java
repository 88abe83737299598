package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RememberedTest {

    @Test
    void aRepeatedTextIsAskedOnce() {
        List<String> asked = new ArrayList<>();
        Remembered<Optional<Integer>> lengths = remembered(asked, Optional::of);
        for (int round = 0; round < 3; round++) {
            for (String text : List.of("780.00", "1,340", "", "2019-03-01")) {
                assertThat(lengths.apply(text)).contains(text.length());
            }
        }
        assertThat(asked).containsExactly("780.00", "1,340", "", "2019-03-01");
    }

    @Test
    void pastTheBoundANewTextIsAskedEveryTimeAndTheKeptOnesStillOnce() {
        List<String> asked = new ArrayList<>();
        Remembered<Optional<Integer>> lengths = remembered(asked, Optional::of);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i <= Remembered.MAX_TEXTS; i++) {
                assertThat(lengths.apply("t" + i)).contains(("t" + i).length());
            }
        }
        assertThat(asked).hasSize(Remembered.MAX_TEXTS + 3);
        assertThat(asked.subList(Remembered.MAX_TEXTS, asked.size())).containsOnly("t" + Remembered.MAX_TEXTS);
    }

    @Test
    void anEmptyAnswerIsRememberedLikeAnyOther() {
        List<String> asked = new ArrayList<>();
        Remembered<Optional<Integer>> nothing = remembered(asked, length -> Optional.empty());
        nothing.apply("x");
        nothing.apply("x");
        assertThat(asked).containsExactly("x");
    }

    private static Remembered<Optional<Integer>> remembered(List<String> asked,
                                                           java.util.function.Function<Integer, Optional<Integer>> answer) {
        return new Remembered<>(text -> {
            asked.add(text);
            return answer.apply(text.length());
        });
    }
}
