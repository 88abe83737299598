package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
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

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Summary summary = generate(out, rows, seed, registry == null ? 5 * rows : registry, YearMonth.parse(month));
        System.out.printf("generated %s in %.1f s: %,d roster rows (%,d households), %,d registry persons,"
                        + " %,d other reference rows%n", out.resolve(month), (System.nanoTime() - start) / 1e9,
                summary.rows(), summary.households(), summary.registry(), summary.otherReferences());
        return 0;
    }

    /** What a generation wrote. */
    record Summary(long rows, long households, long registry, long otherReferences) {
    }

    /** Writes the inbox; other sources total about 3 × rows. */
    static Summary generate(Path out, long rows, long seed, long registry, YearMonth month) throws IOException {
        Population people = new Population(Math.max(registry, 1), seed, month);
        List<String> streets = Streets.forRows(rows);
        Path folder = out.resolve(month.toString());
        RosterGenerator rosters = new RosterGenerator(folder.resolve("rosters"), people, month, streets, seed);
        long households = rosters.write(rows);
        ReferenceGenerator references = new ReferenceGenerator(folder.resolve("reference"), people, month, rosters.span(), seed);
        references.hukou();
        references.others(3 * rows);
        PolicyFile.write(out.resolve("policy.yml"), month, streets, households);
        return new Summary(rows, households, people.size(), 3 * rows);
    }
}
