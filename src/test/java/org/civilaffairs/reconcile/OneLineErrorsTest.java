package org.civilaffairs.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A failure's one line names its cause, wherever it was wrapped, and what to do. */
class OneLineErrorsTest {

    private static final String DISK_FULL_FIX = ": the disk is full: free space on it (the database, the archive and the logs"
            + " are under data/ by default; 'purge' deletes the derived files of closed months)";

    static Stream<Arguments> failures() {
        OutOfMemoryError heap = new OutOfMemoryError("Java heap space");
        String outOfMemory = "out of memory (Java heap space): run it with more heap (java -Xmx...); or let fewer large"
                + " partitions run side by side (--reconcile.partition-heap-bytes-per-row=2000, which a restart takes too), or make"
                + " them smaller (--reconcile.partition-rows, --reconcile.partition-households, which a new run takes and a"
                + " restart does not)";
        return Stream.of(
                Arguments.of(heap, outOfMemory),
                Arguments.of(new CompletionException(heap), outOfMemory),
                Arguments.of(new IllegalStateException("step failed", new CompletionException(heap)), outOfMemory),
                Arguments.of(new IllegalStateException("accounting broken for 2024-05/a.csv\nmore"),
                        "accounting broken for 2024-05/a.csv"),
                Arguments.of(new UncheckedIOException("cannot read archived copy of 2024-05/rosters/a.csv",
                        new NoSuchFileException("data/archive/ab/ab12.csv")), "file missing: data/archive/ab/ab12.csv (the"
                        + " archive keeps a copy of every inbox file a run reads: restore the archive folder from its backup)"),
                Arguments.of(new NoSuchFileException("/srv/keep/c3/" + "c3".repeat(32) + ".csv"), "file missing: /srv/keep/c3/"
                        + "c3".repeat(32) + ".csv (the archive keeps a copy of every inbox file a run reads: restore the archive"
                        + " folder from its backup)"),
                Arguments.of(new NoSuchFileException("/mnt/share/2024-05"), "file missing: /mnt/share/2024-05: check the path,"
                        + " and that its folder is there (a share mounted)"),
                Arguments.of(new UncheckedIOException("cannot delete /srv/extract/2024-05: let the user the purge runs as"
                        + " delete it", new AccessDeniedException("/srv/extract/2024-05/persons.bin")), "cannot delete"
                        + " /srv/extract/2024-05: let the user the purge runs as delete it (permission denied:"
                        + " /srv/extract/2024-05/persons.bin)"),
                Arguments.of(new IllegalStateException("partition failed", new UncheckedIOException("cannot read"
                        + " extract/2024-05/households: delete it to derive it again", new EOFException())),
                        "cannot read extract/2024-05/households: delete it to derive it again (the file ends too early)"),
                Arguments.of(new UncheckedIOException(new IOException("No space left on device")), "a file could not be written"
                        + " (No space left on device)" + DISK_FULL_FIX),
                Arguments.of(new IllegalStateException("H2 failed", new java.sql.SQLException("IO Exception: \"No space left on"
                        + " device\"; \"data/reconcile.mv.db\"", new IOException("No space left on device"))),
                        "a file could not be written (No space left on device)" + DISK_FULL_FIX),
                Arguments.of(new IllegalStateException("bean failed", new org.springframework.beans.TypeMismatchException("abc",
                        int.class)), "a setting has the value 'abc', which is not a number: check the --reconcile.* and --spring.*"
                        + " options given (and application.properties)"),
                Arguments.of(new java.io.UncheckedIOException(new java.nio.file.FileSystemException("/srv/ro/data", null,
                        "Read-only file system")), "a file could not be written (/srv/ro/data: Read-only file system): run it from a"
                        + " folder it can write (the database, the archive and the logs go under ./data/), or point"
                        + " --spring.datasource.url and --reconcile.archive-dir at one"),
                Arguments.of(new IllegalStateException("simulate failed", new org.civilaffairs.reconcile.policy.PolicyException(
                        "policy d.yml line 3: not valid YAML: expected ','", new RuntimeException("while parsing a flow sequence"))),
                        "policy d.yml line 3: not valid YAML: expected ','"),
                Arguments.of(new UsageError("cannot write /srv/ro/a.csv (Read-only file system): pass --out a file in a folder you"
                        + " can write"), "cannot write /srv/ro/a.csv (Read-only file system): pass --out a file in a folder you can write"),
                Arguments.of(new UsageError("schedule s.yml line 2: not valid YAML: expected ','", new IllegalStateException("while"
                        + " parsing a flow sequence")), "schedule s.yml line 2: not valid YAML: expected ','"),
                Arguments.of(new UncheckedIOException("cannot write data/extract/2024-05/persons.bin", new IOException("No space"
                        + " left on device")), "cannot write data/extract/2024-05/persons.bin (No space left on device)"
                        + DISK_FULL_FIX));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void describesTheRootCauseOnOneLine(Throwable failure, String line) {
        assertThat(OneLineErrors.describe(failure)).isEqualTo(line);
    }
}
