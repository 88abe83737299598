package org.civilaffairs.reconcile.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One ingest partition per registered file still to load, named by its month and id
 * ({@code 2024-05:file-17}). Files are independent: each is staged, counted and finished in its own
 * partition's transaction, so a restart loads again only the files not finished.
 */
final class IngestPartitioner implements Partitioner {

    static final String FILE = "file";

    private final InboxFiles files;

    IngestPartitioner(InboxFiles files) {
        this.files = files;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (InboxFile file : files.pending()) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(FILE, file.id());
            partitions.put(file.month() + ":file-" + file.id(), context);
        }
        return partitions;
    }
}
