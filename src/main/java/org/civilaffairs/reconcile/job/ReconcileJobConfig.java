package org.civilaffairs.reconcile.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import io.micrometer.observation.ObservationRegistry;
import org.civilaffairs.reconcile.indicators.YearIndicators;
import org.civilaffairs.reconcile.linkage.MonthLinkage;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.InboxRegistrar;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.civilaffairs.reconcile.ops.RunAudit;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reconcile} job: scan → ingest → registry → references → resolve → check → aggregate →
 * link → indicators (registry and references extract the month's reference rows, once a month). Every step
 * works in units (one file; one partition of a month, {@link PartitionedSteps}) that commit with
 * their progress marker, so a restart redoes only the units not committed and lands on exactly
 * what an uninterrupted run writes.
 */
@Configuration(proxyBeanMethods = false)
public class ReconcileJobConfig {

    public static final String JOB = "reconcile";
    private static final Logger log = LoggerFactory.getLogger(ReconcileJobConfig.class);
    /** The inbox to scan; empty when the run only re-closes a month ({@link #RERUN}). */
    public static final String INBOX = "inbox";
    public static final String MONTH = "month";
    public static final String POLICY = "policy";
    /** A month to re-close from its staged rows (after a policy fix), without reading the inbox. */
    public static final String RERUN = "rerun";
    /** With {@link #RERUN}, "true" when the month's rosters are read again under the policy (a street list fixed). */
    public static final String REREAD = "reread";

    @Bean
    Job reconcileJob(JobRepository repository, PlatformTransactionManager tx, InboxRegistrar registrar, InboxFiles files,
                     MonthLedger ledger,
                     @Qualifier("ingestStep") Step ingest, @Qualifier("registryStep") Step registry, @Qualifier("referencesStep") Step references,
                     @Qualifier("resolveStep") Step resolve, @Qualifier("checkStep") Step check,
                     @Qualifier("aggregateStep") Step aggregate, YearIndicators indicators,
                     MonthLinkage linkage, RunAudit audit, UnknownOutcome unknownOutcome, ObservationRegistry observations) {
        Steps steps = new Steps(repository, tx, observations);
        // afterJob runs in reverse order: the outcome is settled before the audit records it
        return new JobBuilder(JOB, repository)
                .listener(audit)
                .listener(unknownOutcome)
                .start(steps.of("scan", (c, ctx) -> scan(c, ctx, repository, registrar, files, ledger)))
                .next(ingest)
                .next(registry)
                .next(references)
                .next(resolve)
                .next(check)
                .next(aggregate)
                .next(steps.of("link", linkage::linkNext))
                .next(steps.of("indicators", (c, ctx) -> {
                    indicators.recompute(policy(ctx));
                    return RepeatStatus.FINISHED;
                }))
                .build();
    }

    /** Tasklet steps on the job's repository and transaction manager, observed for the metrics. */
    private record Steps(JobRepository repository, PlatformTransactionManager tx, ObservationRegistry observations) {
        Step of(String name, Tasklet tasklet) {
            return new StepBuilder(name, repository).observationRegistry(observations).tasklet(tasklet, tx).build();
        }
    }

    private static RepeatStatus scan(StepContribution contribution, ChunkContext ctx, JobRepository repository,
                                     InboxRegistrar registrar, InboxFiles files, MonthLedger ledger) {
        refuseIfAnotherRunIsAhead(repository, ctx.getStepContext().getStepExecution().getJobExecution());
        JobParameters params = ctx.getStepContext().getStepExecution().getJobParameters();
        Policy policy = policy(ctx);
        long executionId = ctx.getStepContext().getStepExecution().getJobExecutionId();
        int leftPending = files.takeOverPending(executionId);
        if (leftPending > 0) {
            log.info("{} files left unread by an earlier run that did not end are read by this one", leftPending);
        }
        String rerun = params.getString(RERUN);
        if (rerun != null && !rerun.isEmpty()) {
            YearMonth month = YearMonth.parse(rerun);
            if (!ledger.known(month)) {
                throw new IllegalStateException("month " + month + " has no staged data to re-close: run it with 'run' first");
            }
            policy.requireStandards(month);
            ledger.reopen(month, MonthLedger.RESOLVE);
            if (Boolean.parseBoolean(params.getString(REREAD))) {
                log.info("{}: {} roster files to read again under the policy", month, files.readAgain(month, executionId));
            }
        } else {
            register(contribution, params, policy, registrar, ledger, executionId);
            ledger.reopenOtherPolicies(policy.sha256()); // a rerun re-closes its month only
        }
        return RepeatStatus.FINISHED;
    }

    private static void register(StepContribution contribution, JobParameters params, Policy policy, InboxRegistrar registrar,
                                 MonthLedger ledger, long executionId) {
        Path inbox = Path.of(params.getString(INBOX));
        String only = params.getString(MONTH);
        List<YearMonth> months = only == null || only.isEmpty() ? InboxScanner.months(inbox) : List.of(YearMonth.parse(only));
        months.forEach(policy::requireStandards);
        for (YearMonth month : months) {
            List<InboxScanner.Entry> added = registrar.register(InboxScanner.entries(inbox, month), executionId);
            added.forEach(e -> ledger.newInput(e.month(), e.isRoster()));
            contribution.incrementReadCount();
        }
    }

    /**
     * Two runs started at once both pass the command line's check; the one with the lower id goes
     * on and the other stops here, before it has written anything.
     */
    private static void refuseIfAnotherRunIsAhead(JobRepository repository, JobExecution self) {
        repository.findRunningJobExecutions(JOB).stream()
                .filter(other -> other.getId() < self.getId())
                .findFirst()
                .ifPresent(other -> {
                    throw new IllegalStateException("another run (" + other.getId() + ") is in progress; this one changed nothing");
                });
    }

    static Policy policy(ChunkContext ctx) {
        return PolicyLoader.load(Path.of(ctx.getStepContext().getStepExecution().getJobParameters().getString(POLICY)));
    }
}
