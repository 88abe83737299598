package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A street office that sent a roster last month and none this month, while this month has rosters. */
class StreetOfficesTest {

    @ParameterizedTest(name = "{0} then {1} (rosters this month: {2}) -> {3}")
    @CsvSource(delimiter = '|', value = {
            "石桥街 梅岭街 | 石桥街 梅岭街 | true  | ''",
            "石桥街 梅岭街 | 石桥街        | true  | 梅岭街",
            "石桥街 梅岭街 | ''            | true  | 梅岭街 石桥街",
            "石桥街 梅岭街 | ''            | false | ''",
            "''            | 石桥街        | true  | ''",
            "石桥街        | 石桥街 渡口街 | true  | ''"})
    void missingOffices(String lastMonth, String thisMonth, boolean rosters, String missing) {
        assertThat(StreetOffices.missing(set(lastMonth), set(thisMonth), rosters)).containsExactlyElementsOf(set(missing));
    }

    @Test
    void anUnreadableInboxFileSaysPermissionDeniedAndWhatToDo() {
        Path file = Path.of("inbox", "2019-07", "rosters", "石桥街.csv");
        assertThat(InboxException.unreadable(file, new AccessDeniedException(file.toString())).getMessage())
                .contains(file.toString(), "permission denied", "read access");
        assertThat(InboxException.unreadable(file, new NoSuchFileException(file.toString())).getMessage())
                .contains("vanished");
        assertThat(InboxException.unreadable(file, new IOException("disk error")).getMessage()).contains("disk error");
    }

    private static Set<String> set(String words) {
        return new TreeSet<>(Arrays.stream(words.split(" ")).filter(w -> !w.isBlank()).toList());
    }
}
