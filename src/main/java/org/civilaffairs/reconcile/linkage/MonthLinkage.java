package org.civilaffairs.reconcile.linkage;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.civilaffairs.reconcile.identity.Names;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.ReferenceExtract;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The job's {@code link} step: one closed month per call, each in its own transaction (the suspects
 * are deleted and written again with the close they belong to), so a restart redoes at most one
 * month. Advisory: it reads the contract's results and writes only {@code suspect_pair}.
 * {@code reconcile.linkage.threshold} is the match weight a pair needs (README, Probable duplicates).
 */
@Component
public class MonthLinkage {

    private static final Logger log = LoggerFactory.getLogger(MonthLinkage.class);

    private final LinkageStore store;
    private final InboxFiles files;
    private final Path archiveDir;
    private final double threshold;

    public MonthLinkage(LinkageStore store, InboxFiles files, @Value("${reconcile.archive-dir:data/archive}") Path archiveDir,
                        @Value("${reconcile.linkage.threshold:-7.0}") double threshold) {
        this.store = store;
        this.files = files;
        this.archiveDir = archiveDir;
        this.threshold = threshold;
    }

    public RepeatStatus linkNext(StepContribution contribution, ChunkContext ctx) {
        List<YearMonth> waiting = store.waiting();
        if (waiting.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        YearMonth month = waiting.get(0);
        long started = System.nanoTime();
        LinkageMonth rows = store.month(month);
        long read = System.nanoTime();
        CompletableFuture<RegistryNamesakes> namesakes = CompletableFuture.supplyAsync(() -> namesakes(month, rows));
        Linker.Result result = Linker.link(rows, threshold, namesakes::join);
        long linked = System.nanoTime();
        store.replace(month, result.suspects());
        contribution.incrementReadCount();
        contribution.incrementWriteCount(result.suspects().size());
        log.info("link: {} {} rows ({}), {} candidate pairs, keys in {} pass(es) ({} blocks over {} rows left out), prior {},"
                        + " {} suspects, {} ms (read {} ms, model {} ms, pairs {} ms)", month, rows.size(),
                rows.space().mapped() ? "columns in mapped files" : "columns on the heap", result.candidatePairs(),
                result.swept().passes(), result.swept().skippedBlocks(), Blocking.MAX_BLOCK,
                String.format("%.2e", result.model().prior()), result.suspects().size(),
                (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000, result.modelMillis(),
                (linked - read) / 1_000_000 - result.modelMillis());
        return waiting.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    /** The registry persons named like a row whose ID resolution could not read, from the month's registry extract. */
    private RegistryNamesakes namesakes(YearMonth month, LinkageMonth rows) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.unresolved(i)) {
                names.add(rows.name(i).normalized());
            }
        }
        RegistryNamesakes namesakes = new RegistryNamesakes();
        files.referenceFor(ReferenceSource.HUKOU.fileStem(), month).ifPresent(hukou -> ReferenceExtract.peek(
                ReferenceExtract.path(archiveDir, month, ReferenceSource.HUKOU, hukou), ReferenceSource.HUKOU,
                List.of(ReferenceSource.Cols.NAME), row -> {
                    String name = Names.normalize(row.text(ReferenceSource.Cols.NAME));
                    if (names.contains(name)) {
                        namesakes.add(name, row.id());
                    }
                }));
        return namesakes;
    }
}
