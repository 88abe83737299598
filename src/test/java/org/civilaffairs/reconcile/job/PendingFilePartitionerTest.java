package org.civilaffairs.reconcile.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.ingest.FileCounts;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Pending files become partitions of at least 100 bytes of rosters (the test's size): a large roster
 * alone, smaller files of one month together in registration order, a reference file weighing nothing.
 */
class PendingFilePartitionerTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2024-05 roster 30, 2024-05 roster 30, 2024-05 roster 50, 2024-05 roster 10 | 2024-05:files-1-3 [1,2,3] 110, 2024-05:file-4 [4] 10",
        "2024-05 roster 30, 2024-05 roster 150, 2024-05 roster 30 | 2024-05:file-2 [2] 150, 2024-05:files-1-3 [1,3] 60",
        "2024-05 roster 30, 2024-06 roster 30 | 2024-05:file-1 [1] 30, 2024-06:file-2 [2] 30",
        "2024-05 reference 900, 2024-05 reference 900, 2024-05 roster 100 | 2024-05:file-3 [3] 100, 2024-05:files-1-2 [1,2] 0",
        "2024-05 roster 100, 2024-05 roster 99, 2024-05 roster 1 | 2024-05:file-1 [1] 100, 2024-05:files-2-3 [2,3] 100"})
    void smallFilesShareAPartition(String pending, String partitions) throws IOException {
        List<InboxFile> files = new ArrayList<>();
        for (String file : pending.split(", ")) {
            String[] f = file.split(" ");
            long id = files.size() + 1;
            Path archive = Files.write(dir.resolve(id + ".csv"), new byte[Integer.parseInt(f[2])]);
            files.add(new InboxFile(id, YearMonth.parse(f[0]), f[1] + "s/" + id + ".csv", f[1], "", "UTF-8",
                    InboxFile.Status.PENDING, archive, FileCounts.ZERO, null));
        }
        Map<String, ExecutionContext> split = new PendingFilePartitioner(() -> files, 100).partition(2);
        assertThat(split.entrySet().stream().map(e -> e.getKey() + " [" + e.getValue().getString(PendingFilePartitioner.FILES)
                + "] " + e.getValue().getLong(ProgressPartitionHandler.WEIGHT)).collect(Collectors.joining(", "))).isEqualTo(partitions);
        assertThat(split.values()).allSatisfy(c -> assertThat(PendingFilePartitioner.ids(c.getString(PendingFilePartitioner.FILES)))
                .isNotEmpty());
    }
}
