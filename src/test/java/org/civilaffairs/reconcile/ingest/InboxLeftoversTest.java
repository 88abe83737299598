package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every file of an inbox the job does not read is reported with why and what to do; what it reads is not. */
class InboxLeftoversTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2019-08/roster/石桥街_2019-08.csv    | folder '2019-08/roster' is not read     | move the file into 2019-08/rosters/",
            "2019-08/石桥街_2019-08.csv           | directly in the month folder             | move it into 2019-08/rosters/",
            "石桥街_2019-08.csv                   | at the inbox root are not read           | <inbox>/YYYY-MM/rosters/",
            "2019-08/rosters/石桥街_2019-08.xlsx  | a spreadsheet is not read                | save it as CSV",
            "2019-08/rosters/石桥街_2019-08.xls   | a spreadsheet is not read                | save it as CSV",
            "2019-08/rosters/石桥街_2019-08.CSV   | lower-case .csv                          | rename it",
            "2019-08/rosters/石桥街_2019-08.txt   | only .csv files are read                 | save it as CSV",
            "2019-08/rosters/old/石桥街.csv       | subfolders of 2019-08/rosters/ are not read | move the file up",
            "2019-08/reference/2019/hukou.csv     | subfolders of 2019-08/reference/ are not read | move the file up",
            "2019-08/misc/a/b.csv                 | folder '2019-08/misc' is not read        | move the file into",
            "201908/rosters/石桥街.csv            | '201908' is not a month folder           | <inbox>/YYYY-MM/",
            "2019-13/rosters/石桥街.csv           | '2019-13' is not a month folder          | <inbox>/YYYY-MM/",
            "2019-08/说明.docx                    | directly in the month folder             | move it into"})
    void reportsAFileTheJobDoesNotRead(String file, String problem, String fix, @TempDir Path inbox) throws IOException {
        create(inbox, file);
        create(inbox, "2019-08/rosters/read.csv");
        List<InputWarning> found = InboxLeftovers.find(inbox, null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).subject()).isEqualTo(file);
        assertThat(found.get(0).problem()).contains(problem);
        assertThat(found.get(0).fix()).contains(fix);
    }

    @Test
    void whatTheJobReadsAndWhatIsNotInputAreNotReported(@TempDir Path inbox) throws IOException {
        for (String file : List.of("2019-08/rosters/石桥街.csv", "2019-08/reference/hukou.csv", "policy.yml", "README.md",
                "make-samples.py", ".git/config", "2019-08/rosters/.~lock.x.csv#", "2019-08/rosters/~$石桥街.xlsx")) {
            create(inbox, file);
        }
        assertThat(InboxLeftovers.find(inbox, null)).isEmpty();
    }

    @Test
    void withOneMonthOnlyThatMonthsFolderIsLookedAt(@TempDir Path inbox) throws IOException {
        create(inbox, "2019-07/roster/a.csv");
        create(inbox, "2019-08/roster/b.csv");
        create(inbox, "stray.csv");
        assertThat(InboxLeftovers.find(inbox, YearMonth.of(2019, 8))).extracting(InputWarning::subject)
                .containsExactly("2019-08/roster/b.csv");
    }

    @Test
    void aFolderALinkToNothingAndAPipeNamedAsRostersAreReported(@TempDir Path inbox) throws Exception {
        Path rosters = Files.createDirectories(inbox.resolve("2019-08/rosters"));
        Files.createDirectories(rosters.resolve("a_folder.csv"));
        Files.createSymbolicLink(rosters.resolve("b_dangling.csv"), inbox.resolve("no/such.csv"));
        Files.createSymbolicLink(rosters.resolve("c_loop.csv"), rosters.resolve("c_loop.csv"));
        new ProcessBuilder("mkfifo", rosters.resolve("d_pipe.csv").toString()).start().waitFor();
        create(inbox, "2019-08/rosters/read.csv");
        assertThat(InboxLeftovers.find(inbox, null)).extracting(w -> w.subject() + ": " + w.problem()).containsExactly(
                "2019-08/rosters/a_folder.csv: a folder, not a file, so it is not read",
                "2019-08/rosters/b_dangling.csv: a link whose target is missing or unreadable, so it is not read",
                "2019-08/rosters/c_loop.csv: a link whose target is missing or unreadable, so it is not read",
                "2019-08/rosters/d_pipe.csv: not a file but a pipe or a device, so it is not read");
    }

    private static void create(Path inbox, String file) throws IOException {
        Path path = inbox.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x");
    }
}
