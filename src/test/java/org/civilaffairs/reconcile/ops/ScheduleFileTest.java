package org.civilaffairs.reconcile.ops;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civilaffairs.reconcile.UsageError;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A schedule the operator broke is refused in one line that names the file, the line where it can, and the fix. */
class ScheduleFileTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "cron: \"0 0 2 * * *\"\\ninbox: [in: box\\n           | line 3: not valid YAML: expected ',' or ']'",
            "cron: \"0 2 * *\"\\ninbox: in\\n                      | is not a cron expression",
            "inbox: in\\n                                          | lacks 'cron'",
            "cron: \"0 0 2 * * *\"\\ninbox: in\\nmetrics_port: web\\n | metrics_port 'web' is not a number",
            "- a\\n- b\\n                                          | must be a mapping"})
    void aBrokenScheduleIsOneLine(String text, String words, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("schedule.yml"), text.strip().replace("\\n", "\n"));
        assertThatThrownBy(() -> Schedule.load(file)).isInstanceOf(UsageError.class).hasMessageContaining(words)
                .hasMessageStartingWith("schedule " + file);
    }

    @org.junit.jupiter.api.Test
    void aFileThatIsNotUtf8SaysSo(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("schedule.yml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 'g'});
        assertThatThrownBy(() -> Schedule.load(file)).isInstanceOf(UsageError.class).hasMessageContaining("save it as UTF-8");
    }
}
