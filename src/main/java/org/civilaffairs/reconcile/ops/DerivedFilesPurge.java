package org.civilaffairs.reconcile.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.job.MonthLedger;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * What a run derived from a month's files and keeps beside the archive ({@code extract/<month>/}:
 * reference extracts, roster persons, staged rows, households; about half a gigabyte for a city's
 * month) is deleted once the month has stayed closed past the cut-off. Every step that finds such a
 * file missing reads the archived inbox files, the staged rows or the database instead, to the same
 * exports, so a month closed again later is only slower. Nothing is deleted while a run is in
 * progress, which may be reading them. The archived inbox files are never deleted.
 */
@Service
public class DerivedFilesPurge {

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final Path extracts;

    public DerivedFilesPurge(JdbcTemplate jdbc, JobRepository repository, @Value("${reconcile.archive-dir:data/archive}") Path archiveDir) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.extracts = archiveDir.resolve("extract");
    }

    /**
     * The months whose derived files were deleted, and their bytes; when the folder of some month could
     * not be deleted (all or part of it), the failure that names them.
     */
    public record Purged(List<String> months, long bytes, Optional<UncheckedIOException> failure) {
    }

    /**
     * Deletes the derived files of the months closed before the cut-off and not opened since, each
     * month it can: one refused (files of another user, say) does not keep the others; empty while a
     * run is in progress.
     */
    public Optional<Purged> closedBefore(LocalDateTime cutoff) {
        if (!repository.findRunningJobExecutions(ReconcileJobConfig.JOB).isEmpty()) {
            return Optional.empty();
        }
        List<String> months = jdbc.queryForList("SELECT month FROM month_state WHERE stage = ? AND closed_at < ? ORDER BY month",
                String.class, MonthLedger.CLOSED, Timestamp.valueOf(cutoff)).stream()
                .filter(m -> Files.isDirectory(extracts.resolve(m))).toList();
        List<String> deleted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        IOException refusal = null;
        long bytes = 0;
        for (String month : months) {
            Path dir = extracts.resolve(month);
            try {
                long size = size(dir);
                FileSystemUtils.deleteRecursively(dir);
                deleted.add(month);
                bytes += size;
            } catch (IOException e) {
                refused.add(month);
                refusal = refusal == null ? e : refusal;
            }
        }
        return Optional.of(new Purged(deleted, bytes, refused.isEmpty() ? Optional.empty()
                : Optional.of(new UncheckedIOException("cannot delete the derived files of " + String.join(", ", refused) + " under "
                        + extracts.toAbsolutePath() + ": let the user the purge runs as delete them, or delete them by hand", refusal))));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (UncheckedIOException e) { // a folder the walk could not read
            throw e.getCause();
        }
    }
}
