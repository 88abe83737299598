package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedEnrollmentsTest {

    private static final String[] TWICE_IN_A = {"110101195001010011", "青山街道", "DIBAO", "H1"};
    private static final String[] TWICE_IN_B = {"110101195001010011", "和平街道", "TEKUN", "H7"};

    @TempDir
    Path dir;

    @Test
    void readsTheStreetsAskedForEachUnderItsOwnStreet() {
        SharedEnrollments.write(dir, Map.of("青山街道", List.of(TWICE_IN_A, TWICE_IN_B), "和平街道",
                List.of(TWICE_IN_A, TWICE_IN_B)));
        assertThat(read(List.of("和平街道", "无此街道"))).containsExactly(
                "和平街道|110101195001010011|青山街道|DIBAO|H1", "和平街道|110101195001010011|和平街道|TEKUN|H7");
        assertThat(read(null)).hasSize(4).contains("青山街道|110101195001010011|和平街道|TEKUN|H7");
    }

    @Test
    void aRewriteReplacesEveryStreetOfTheEarlierOne() {
        SharedEnrollments.write(dir, Map.of("青山街道", List.<String[]>of(TWICE_IN_A, TWICE_IN_A)));
        SharedEnrollments.write(dir, Map.of("和平街道", List.<String[]>of(TWICE_IN_B, TWICE_IN_B)));
        assertThat(read(List.of("青山街道"))).isEmpty();
        assertThat(read(null)).containsExactly("和平街道|110101195001010011|和平街道|TEKUN|H7",
                "和平街道|110101195001010011|和平街道|TEKUN|H7");
    }

    @Test
    void withoutTheMarkOfAWholeSetNothingIsRead() throws IOException {
        assertThat(SharedEnrollments.read(dir.resolve("never-written"), null, (s, k, e, p, h) -> { })).isFalse();
        SharedEnrollments.write(dir, Map.of("青山街道", List.<String[]>of(TWICE_IN_A, TWICE_IN_B)));
        Files.delete(dir.resolve(SharedEnrollments.COMPLETE));
        List<String> read = new ArrayList<>();
        assertThat(SharedEnrollments.read(dir, null, (s, k, e, p, h) -> read.add(s))).isFalse();
        assertThat(read).isEmpty();
    }

    @Test
    void aMonthWithNoOneEnrolledTwiceIsAWholeEmptySet() {
        SharedEnrollments.write(dir, Map.of());
        assertThat(SharedEnrollments.read(dir, null, (s, k, e, p, h) -> { })).isTrue();
        assertThat(EnrollmentFiles.repeats(dir)).isEmpty();
        assertThat(EnrollmentFiles.repeats(dir.resolve("never-written"))).isNull();
    }

    /** Ranges of persons appended one after the other: each street's file holds every range's rows, in their order. */
    @Test
    void rangesAppendedMakeOneSetWithTheirCounts() {
        String[] inA = {"110101196002020022", "青山街道", "DIBAO", "H2"};
        String[] alsoInA = {"110101196002020022", "青山街道", "DIBAO", "H3"};
        String[] inB = {"110101196002020022", "和平街道", "DIBAO", "H8"};
        StreetRepeats repeats = new StreetRepeats();
        try (EnrollmentFiles files = EnrollmentFiles.replacing(dir)) {
            Map<String, List<String[]>> first = Map.of("青山街道", List.of(TWICE_IN_A, TWICE_IN_B), "和平街道",
                    List.of(TWICE_IN_A, TWICE_IN_B));
            Map<String, List<String[]>> second = Map.of("青山街道", List.of(inA, alsoInA, inB), "和平街道",
                    List.of(inA, alsoInA, inB));
            files.append(first);
            repeats.addRange(first);
            files.append(second);
            repeats.addRange(second);
            files.complete(repeats.perProgram());
        }
        assertThat(read(List.of("和平街道"))).containsExactly(
                "和平街道|110101195001010011|青山街道|DIBAO|H1", "和平街道|110101195001010011|和平街道|TEKUN|H7",
                "和平街道|110101196002020022|青山街道|DIBAO|H2", "和平街道|110101196002020022|青山街道|DIBAO|H3",
                "和平街道|110101196002020022|和平街道|DIBAO|H8");
        // the second person is in two streets' DIBAO households: counted once too many
        assertThat(EnrollmentFiles.repeats(dir)).isEqualTo(Map.of("DIBAO", 1, "TEKUN", 0));
    }

    @Test
    void aSetNeverCompletedLeavesNoFile() throws IOException {
        try (EnrollmentFiles files = EnrollmentFiles.replacing(dir)) {
            files.append(Map.of("青山街道", List.<String[]>of(TWICE_IN_A, TWICE_IN_B)));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    private List<String> read(List<String> streets) {
        List<String> read = new ArrayList<>();
        List<Path> files = streets == null ? null : streets.stream().map(s -> SharedEnrollments.file(dir, s)).toList();
        assertThat(SharedEnrollments.read(dir, files, (street, key, enrolled, program, household) ->
                read.add(String.join("|", street, key, enrolled, program, household)))).isTrue();
        return read;
    }
}
