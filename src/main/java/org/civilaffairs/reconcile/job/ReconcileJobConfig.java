package org.civilaffairs.reconcile.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.aggregate.MonthAggregation;
import org.civilaffairs.reconcile.checks.MonthChecks;
import org.civilaffairs.reconcile.identity.MonthResolution;
import org.civilaffairs.reconcile.indicators.YearIndicators;
import org.civilaffairs.reconcile.ingest.FileCounts;
import org.civilaffairs.reconcile.ingest.FileIngester;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.InboxRegistrar;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reconcile} job: scan → ingest → resolve → check → aggregate → indicators. Every step
 * works in units (one file, one month) that commit with their progress marker, so a restart
 * continues after the last committed unit and lands on exactly what an uninterrupted run writes.
 */
@Configuration(proxyBeanMethods = false)
public class ReconcileJobConfig {

    public static final String JOB = "reconcile";
    public static final String INBOX = "inbox";
    public static final String MONTH = "month";
    public static final String POLICY = "policy";

    @Bean
    Job reconcileJob(JobRepository repository, PlatformTransactionManager tx, InboxRegistrar registrar, InboxFiles files,
                     FileIngester ingester, MonthLedger ledger, MonthResolution resolution, MonthChecks checks,
                     MonthAggregation aggregation, YearIndicators indicators) {
        return new JobBuilder(JOB, repository)
                .start(step("scan", repository, tx, (c, ctx) -> scan(c, ctx, registrar, ledger)))
                .next(step("ingest", repository, tx, (c, ctx) -> ingestNext(c, ctx, files, ingester)))
                .next(step("resolve", repository, tx, (c, ctx) -> eachMonth(c, ctx, ledger, MonthLedger.RESOLVE, (m, p) -> {
                    resolution.resolve(m);
                    ledger.reopen(m.plusMonths(1), MonthLedger.AGGREGATE);
                })))
                .next(step("check", repository, tx, (c, ctx) -> eachMonth(c, ctx, ledger, MonthLedger.CHECK, checks::check)))
                .next(step("aggregate", repository, tx, (c, ctx) -> eachMonth(c, ctx, ledger, MonthLedger.AGGREGATE,
                        (m, p) -> aggregation.aggregate(m))))
                .next(step("indicators", repository, tx, (c, ctx) -> {
                    indicators.recompute(policy(ctx));
                    return RepeatStatus.FINISHED;
                }))
                .build();
    }

    private static Step step(String name, JobRepository repository, PlatformTransactionManager tx, Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, tx).build();
    }

    private static RepeatStatus scan(StepContribution contribution, ChunkContext ctx, InboxRegistrar registrar, MonthLedger ledger) {
        JobParameters params = ctx.getStepContext().getStepExecution().getJobParameters();
        Path inbox = Path.of(params.getString(INBOX));
        String only = params.getString(MONTH);
        List<YearMonth> months = only == null || only.isEmpty() ? InboxScanner.months(inbox) : List.of(YearMonth.parse(only));
        Policy policy = policy(ctx);
        months.forEach(policy::requireStandards);
        long executionId = ctx.getStepContext().getStepExecution().getJobExecutionId();
        for (YearMonth month : months) {
            List<InboxScanner.Entry> added = registrar.register(InboxScanner.entries(inbox, month), executionId);
            added.forEach(e -> ledger.newInput(e.month(), e.isRoster()));
            contribution.incrementReadCount();
        }
        ledger.reopenOtherPolicies(policy.sha256());
        return RepeatStatus.FINISHED;
    }

    private static RepeatStatus ingestNext(StepContribution contribution, ChunkContext ctx, InboxFiles files, FileIngester ingester) {
        List<InboxFile> pending = files.pending();
        if (pending.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        FileCounts counts = ingester.ingest(pending.get(0), policy(ctx));
        contribution.incrementReadCount();
        contribution.incrementWriteCount(counts.loaded());
        return pending.size() > 1 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    /** Work on one month in stage {@code stage}; each month is its own transaction. */
    private static RepeatStatus eachMonth(StepContribution contribution, ChunkContext ctx, MonthLedger ledger, int stage,
                                          MonthWork work) {
        Optional<YearMonth> month = ledger.nextAt(stage);
        if (month.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Policy policy = policy(ctx);
        policy.requireStandards(month.get());
        work.run(month.get(), policy);
        ledger.advance(month.get(), stage + 1, policy.sha256());
        contribution.incrementWriteCount(1);
        return RepeatStatus.CONTINUABLE;
    }

    static Policy policy(ChunkContext ctx) {
        return PolicyLoader.load(Path.of(ctx.getStepContext().getStepExecution().getJobParameters().getString(POLICY)));
    }

    /** One stage's work on one month. */
    @FunctionalInterface
    interface MonthWork {
        void run(YearMonth month, Policy policy);
    }
}
