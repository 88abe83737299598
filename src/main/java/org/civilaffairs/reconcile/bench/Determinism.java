package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.ingest.FileDigest;

/**
 * Whether the benchmark month closes to the same exports, byte for byte, whatever the database
 * and the grid size: every export of the month (and the year's indicators) is written by a child
 * {@code export} and hashed; runs are then compared by their hashes.
 */
final class Determinism {

    private static final List<String> MONTH_EXPORTS = List.of("aggregates", "flags", "rejects", "files", "suspects");

    private final Map<String, Map<String, String>> digestsByRun = new LinkedHashMap<>();

    /** Exports the run's database into {@code dir/exports} and keeps the files' hashes under {@code run}. */
    void record(String run, Path jar, List<String> springArguments, Path dir, YearMonth month)
            throws IOException, InterruptedException {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Map<String, String> digests = new LinkedHashMap<>();
        List<List<String>> periods = new ArrayList<>();
        MONTH_EXPORTS.forEach(kind -> periods.add(List.of(kind, "--month", month.toString())));
        periods.add(List.of("indicators", "--year", Integer.toString(month.getYear())));
        for (List<String> export : periods) {
            Path out = exports.resolve(export.get(0) + ".csv");
            List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toAbsolutePath().toString(), "export"));
            command.addAll(export);
            command.addAll(List.of("--out", out.toString(), "--reconcile.archive-dir=" + dir.resolve("archive")));
            command.addAll(springArguments);
            ChildRun.Result result = ChildRun.run(command, dir, dir.resolve("export-" + export.get(0) + ".log"));
            if (result.exitCode() != 0) {
                throw new IllegalStateException("export " + export.get(0) + " of " + run + " failed, see " + dir);
            }
            digests.put(export.get(0), FileDigest.of(out).sha256());
        }
        digestsByRun.put(run, digests);
    }

    /** One line per export that differs between runs, none when every run wrote the same bytes. */
    List<String> differences() {
        List<String> out = new ArrayList<>();
        Map.Entry<String, Map<String, String>> first = digestsByRun.entrySet().iterator().next();
        digestsByRun.forEach((run, digests) -> digests.forEach((export, digest) -> {
            if (!digest.equals(first.getValue().get(export))) {
                out.add(export + ": " + run + " differs from " + first.getKey());
            }
        }));
        return out;
    }

    List<String> runs() {
        return List.copyOf(digestsByRun.keySet());
    }
}
