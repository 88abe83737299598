package org.civilaffairs.reconcile.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log file that cannot be written is found before logging starts, with one line saying what to do. */
class LogFileTest {

    @Test
    void aWritableFolderIsFine(@TempDir Path dir) {
        assertThat(LogFile.unwritable(new String[] {"status", "--reconcile.log-file=" + dir.resolve("logs/reconcile.log")})).isEmpty();
    }

    @Test
    void aFolderThatCannotBeCreatedMeansStandardErrorOnly(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("logs"), "a file where the folder should be");
        assertThat(LogFile.unwritable(new String[] {"status", "--reconcile.log-file=" + file.resolve("reconcile.log")}))
                .hasValueSatisfying(why -> assertThat(why).contains("cannot write the log file", "standard error only",
                        "--reconcile.log-file=FILE"));
    }
}
