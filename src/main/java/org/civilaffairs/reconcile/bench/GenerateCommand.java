package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.UsageError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gen}: a synthetic city-scale inbox for one month, with its policy, to measure the pipeline on. */
@Command(name = "gen", description = "Generate a synthetic inbox (rosters, all reference sources, policy.yml).")
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "target folder: DIR/<YYYY-MM>/rosters|reference, DIR/policy.yml")
    Path out;

    @Option(names = "--rows", required = true, description = "roster rows")
    long rows;

    @Option(names = "--seed", defaultValue = "1", description = "same seed, same files (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--registry", description = "registry (hukou) persons (default 5 × rows)")
    Long registry;

    @Option(names = "--month", defaultValue = "2024-05", description = "month folder (default ${DEFAULT-VALUE})")
    String month;

    @Option(names = "--twice", defaultValue = "" + TwiceEnrolled.SHARE, description = "share of households before which a person enrolled"
            + " twice (two households, the second row often damaged) is planted (default ${DEFAULT-VALUE})")
    double twice;

    @Option(names = "--truth", description = "folder for truth/rows.csv, every roster row's true person"
            + " (default: OUT-truth beside OUT)")
    Path truth;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        if (twice < 0 || twice > 0.5) {
            throw new UsageError("--twice must be a share from 0 to 0.5, not " + twice);
        }
        Path truthDir = truth != null ? truth : out.toAbsolutePath().resolveSibling(out.toAbsolutePath().getFileName() + "-truth");
        Summary summary = generate(out, rows, seed, registry == null ? 5 * rows : registry, YearMonth.parse(month), twice,
                truthDir.resolve("rows.csv"));
        System.out.printf("generated %s in %.1f s: %,d roster rows (%,d households), %,d registry persons,"
                        + " %,d other reference rows%n", out.resolve(month), (System.nanoTime() - start) / 1e9,
                summary.rows(), summary.households(), summary.registry(), summary.otherReferences());
        System.out.printf("truth: %s%n", truthDir.resolve("rows.csv"));
        return 0;
    }

    /** What a generation wrote. */
    record Summary(long rows, long households, long registry, long otherReferences) {
    }

    /**
     * Writes the inbox; other sources total about 3 × rows.
     * @param twice share of households before which a twice-enrolled person is planted ({@link TwiceEnrolled})
     * @param truth the truth file to write, or null
     */
    static Summary generate(Path out, long rows, long seed, long registry, YearMonth month, double twice, Path truth)
            throws IOException {
        Population people = new Population(Math.max(registry, 1), seed, month);
        List<String> streets = Streets.forRows(rows);
        Path folder = out.resolve(month.toString());
        RosterGenerator rosters;
        long households;
        try (RosterTruth truthRows = truth == null ? null : RosterTruth.open(truth, month)) {
            rosters = new RosterGenerator(folder.resolve("rosters"), people, month, streets, seed, twice, truthRows);
            households = rosters.write(rows);
        }
        ReferenceGenerator references = new ReferenceGenerator(folder.resolve("reference"), people, month, rosters.span(), seed);
        references.hukou();
        references.others(3 * rows);
        PolicyFile.write(out.resolve("policy.yml"), month, streets, households);
        return new Summary(rows, households, people.size(), 3 * rows);
    }
}
