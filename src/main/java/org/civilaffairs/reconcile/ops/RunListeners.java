package org.civilaffairs.reconcile.ops;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Adds the operations' listeners to the job. Registered after the job's own, so their afterJob
 * runs first: the warnings are settled before the run audit records how the run ended.
 */
@Component
class RunListeners implements SmartInitializingSingleton {

    private final Job job;
    private final RunWarnings warnings;
    private final GracefulStop stop;

    RunListeners(Job job, RunWarnings warnings, GracefulStop stop) {
        this.job = job;
        this.warnings = warnings;
        this.stop = stop;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (job instanceof AbstractJob listened) {
            listened.registerJobExecutionListener(warnings);
            listened.registerJobExecutionListener(stop);
        }
    }
}
