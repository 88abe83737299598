package org.civilaffairs.reconcile.job;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the ingest into one partition per registered file not yet loaded, named
 * {@code 2024-05:file-17} after the file's id, so that a restart names the files still pending the
 * same way and ingests only those. A roster's partition carries the file's size, so that the largest
 * start first ({@link ProgressPartitionHandler}) and no large file is left to run alone at the end;
 * a reference file weighs nothing, since ingest reads its header only.
 */
final class PendingFilePartitioner implements Partitioner {

    static final String FILE = "file";

    private final InboxFiles files;

    PendingFilePartitioner(InboxFiles files) {
        this.files = files;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (InboxFile file : files.pending()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(MonthPartitioner.MONTH, file.month().toString());
            context.putLong(FILE, file.id());
            context.putLong(ProgressPartitionHandler.WEIGHT, file.isRoster() ? size(file) : 0);
            partitions.put(file.month() + ":file-" + file.id(), context);
        }
        return partitions;
    }

    /** The archived copy's size; a missing copy weighs nothing here and fails with its name in the partition. */
    private static long size(InboxFile file) {
        try {
            return Files.size(file.archive());
        } catch (IOException e) {
            return 0;
        }
    }
}
