package org.civilaffairs.reconcile.job;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the ingest into partitions of registered files not yet loaded: a roster of at least
 * {@code partitionBytes} alone, the smaller files of a month together in registration order until
 * they reach as much. A partition costs its step execution's bookkeeping and a transaction; a
 * street office's roster of 16,000 rows takes a few hundred milliseconds, so one partition per file
 * spent about a sixth of the step on the bookkeeping. Named after its files' ids ({@code 2024-05:file-17},
 * {@code 2024-05:files-17-23}, first and last): a restart groups the files still pending the same
 * way, since a partition's files are loaded together or not at all. A partition carries its rosters'
 * size, so that the largest start first ({@link ProgressPartitionHandler}) and none is left to run
 * alone at the end; a reference file weighs nothing, since ingest reads its header only.
 */
final class PendingFilePartitioner implements Partitioner {

    /** The ids of a partition's files, comma-separated. */
    static final String FILES = "files";

    private final Supplier<List<InboxFile>> pending;
    private final long partitionBytes;

    /** @param pending the files registered and not loaded yet, in registration order ({@link InboxFiles#pending}) */
    PendingFilePartitioner(Supplier<List<InboxFile>> pending, long partitionBytes) {
        this.pending = pending;
        this.partitionBytes = partitionBytes;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Partitions partitions = new Partitions();
        for (InboxFile file : pending.get()) {
            partitions.add(file, file.isRoster() ? size(file) : 0);
        }
        partitions.closeGroup();
        return partitions.named;
    }

    /** The ids of a partition's files, from its context. */
    static List<Long> ids(String files) {
        return Arrays.stream(files.split(",")).map(Long::valueOf).toList();
    }

    /** The partitions made so far, and the group of small files still open. */
    private final class Partitions {
        final Map<String, ExecutionContext> named = new LinkedHashMap<>();
        final List<InboxFile> group = new ArrayList<>();
        long groupBytes;

        void add(InboxFile file, long bytes) {
            if (!group.isEmpty() && !group.get(0).month().equals(file.month())) {
                closeGroup();
            }
            if (bytes >= partitionBytes) {
                put(List.of(file), bytes);
                return;
            }
            group.add(file);
            groupBytes += bytes;
            if (groupBytes >= partitionBytes) {
                closeGroup();
            }
        }

        void closeGroup() {
            if (!group.isEmpty()) {
                put(group, groupBytes);
                group.clear();
                groupBytes = 0;
            }
        }

        private void put(List<InboxFile> files, long bytes) {
            InboxFile first = files.get(0);
            InboxFile last = files.get(files.size() - 1);
            ExecutionContext context = new ExecutionContext();
            context.putString(MonthPartitioner.MONTH, first.month().toString());
            context.putString(FILES, files.stream().map(f -> Long.toString(f.id())).collect(Collectors.joining(",")));
            context.putLong(ProgressPartitionHandler.WEIGHT, bytes);
            named.put(first.month() + (files.size() == 1 ? ":file-" + first.id() : ":files-" + first.id() + "-" + last.id()),
                    context);
        }
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
