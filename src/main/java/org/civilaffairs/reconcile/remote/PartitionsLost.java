package org.civilaffairs.reconcile.remote;

/**
 * Partitions sent to workers did not all end in time: a worker died holding one, or none is
 * running. Its message names the fix in full, so the run's last line needs nothing added.
 */
public class PartitionsLost extends RuntimeException {

    PartitionsLost(String message) {
        super(message);
    }
}
