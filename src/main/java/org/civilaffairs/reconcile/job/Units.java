package org.civilaffairs.reconcile.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.ingest.FileCounts;
import org.civilaffairs.reconcile.ingest.FileIngester;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ops.Progress;
import org.civilaffairs.reconcile.policy.Policy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One unit of a long step per tasklet call (one file, one month), each in its own transaction
 * with its progress marker, logged as it starts and as it ends with the step's progress.
 * {@code reconcile.drill.pause-in-unit} holds the units' transactions open after their writes (of
 * every step, or of the step {@code reconcile.drill.step} names), so that a crash drill (kill -9)
 * lands inside a unit; it is zero in normal runs.
 */
@Component
class Units {

    private static final Logger log = LoggerFactory.getLogger(Units.class);

    private final InboxFiles files;
    private final FileIngester ingester;
    private final MonthLedger ledger;
    private final Duration pause;
    private final String pausedStep;

    Units(InboxFiles files, FileIngester ingester, MonthLedger ledger,
          @Value("${reconcile.drill.pause-in-unit:0s}") Duration pause, @Value("${reconcile.drill.step:}") String pausedStep) {
        this.files = files;
        this.ingester = ingester;
        this.ledger = ledger;
        this.pause = pause;
        this.pausedStep = pausedStep;
    }

    RepeatStatus ingestNext(StepContribution contribution, ChunkContext ctx) {
        List<InboxFile> pending = files.pending();
        if (pending.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        InboxFile file = pending.get(0);
        StepExecution step = ctx.getStepContext().getStepExecution();
        log.info("ingest: starting {}/{} (file {}/{})", file.month(), file.name(), step.getReadCount() + 1,
                step.getReadCount() + pending.size());
        FileCounts counts = ingester.ingest(file, ReconcileJobConfig.policy(ctx));
        contribution.incrementReadCount();
        contribution.incrementWriteCount(counts.read());
        finishUnit(step, contribution, pending.size() - 1, "files");
        return pending.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    /** Work on the next month waiting at {@code stage}; each month is its own transaction. */
    RepeatStatus eachMonth(StepContribution contribution, ChunkContext ctx, int stage, MonthWork work) {
        List<YearMonth> waiting = ledger.allAt(stage);
        if (waiting.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        YearMonth month = waiting.get(0);
        StepExecution step = ctx.getStepContext().getStepExecution();
        log.info("{}: starting {} (month {}/{})", step.getStepName(), month, step.getReadCount() + 1,
                step.getReadCount() + waiting.size());
        Policy policy = ReconcileJobConfig.policy(ctx);
        policy.requireStandards(month);
        long rows = work.run(month, policy);
        ledger.advance(month, stage + 1, policy.sha256());
        contribution.incrementReadCount();
        contribution.incrementWriteCount(rows);
        finishUnit(step, contribution, waiting.size() - 1, "months");
        return RepeatStatus.CONTINUABLE;
    }

    private void finishUnit(StepExecution step, StepContribution contribution, long remaining, String unit) {
        long done = step.getReadCount() + contribution.getReadCount();
        long rows = step.getWriteCount() + contribution.getWriteCount();
        log.info(Progress.of(step.getStepName(), done, remaining, rows, step.getStartTime(), LocalDateTime.now()).line(unit));
        if (!pause.isZero() && (pausedStep.isEmpty() || pausedStep.equals(step.getStepName()))) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One stage's work on one month; returns the rows it handled. */
    @FunctionalInterface
    interface MonthWork {
        long run(YearMonth month, Policy policy);
    }
}
