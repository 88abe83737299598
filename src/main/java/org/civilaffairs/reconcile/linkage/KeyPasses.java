package org.civilaffairs.reconcile.linkage;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.civilaffairs.reconcile.columns.HashRanges;

/**
 * A rule's blocking keys of a month as entries (a key's hash above its row's index), in passes over
 * consecutive ranges of the hash, each of at most {@code passEntries} unless one range alone is more:
 * a block is one hash, so it lies in one pass, and what a pass holds is bounded whatever the month's
 * size. The rows are swept once to count the keys of each range. One pass is then made by a second
 * sweep; more are spilled by that one sweep into a column each of the month's {@link ColumnSpace}
 * and read back a pass at a time, so that a month of many passes is not swept once for each.
 */
final class KeyPasses {

    private static final int MIN_ROW_BITS = 21;

    private final LinkageMonth month;
    private final Blocking.Keys keys;
    private final long rowMask;
    private final List<HashRanges.Range> passes;
    /** By pass, its entries as swept (more than one pass); else null, and {@link #onlyPass} once asked for. */
    private final LongBuffer[] spilled;
    private long[] onlyPass;

    KeyPasses(LinkageMonth month, Blocking.Keys keys, int passEntries) {
        this.month = month;
        this.keys = keys;
        this.rowMask = rowMask(month);
        this.passes = HashRanges.of(bucketSizes(), passEntries);
        this.spilled = passes.size() > 1 ? spill() : null;
    }

    /** Bits of a row index: 21 (two million rows), or as many more as the month needs; the key's hash has the rest. */
    private static long rowMask(LinkageMonth month) {
        return (1L << Math.max(MIN_ROW_BITS, 64 - Long.numberOfLeadingZeros(Math.max(1, month.size()) - 1L))) - 1;
    }

    long rowMask() {
        return rowMask;
    }

    int count() {
        return passes.size();
    }

    /**
     * Pass p's entries, sorted: a block is a run of equal hashes. Two keys that collide only merge
     * two blocks, whose extra pairs the comparison then turns away.
     */
    long[] sorted(int p) {
        if (spilled == null) {
            if (onlyPass == null) {
                onlyPass = swept();
            }
            return onlyPass;
        }
        long[] entries = new long[passes.get(p).entries()];
        spilled[p].get(0, entries);
        Arrays.sort(entries);
        return entries;
    }

    private long[] swept() {
        long[] entries = new long[passes.get(0).entries()];
        sweep(new LongConsumer() {
            private int used;

            @Override
            public void accept(long entry) {
                entries[used++] = entry;
            }
        });
        Arrays.sort(entries);
        return entries;
    }

    private LongBuffer[] spill() {
        LongBuffer[] columns = new LongBuffer[passes.size()];
        int[] passOf = HashRanges.perBucket();
        for (int p = 0; p < passes.size(); p++) {
            HashRanges.Range pass = passes.get(p);
            columns[p] = month.space().longs(pass.entries());
            Arrays.fill(passOf, pass.fromBucket(), pass.toBucket(), p);
        }
        int[] used = new int[passes.size()];
        sweep(entry -> {
            int p = passOf[HashRanges.bucket(entry)];
            columns[p].put(used[p]++, entry);
        });
        return columns;
    }

    /** Every key of every row, as its entry. */
    private void sweep(LongConsumer out) {
        Entries entries = new Entries(out);
        for (int i = 0; i < month.size(); i++) {
            entries.row = i;
            keys.hashes(month, i, entries);
        }
    }

    /** A row's key hashes as entries. */
    private final class Entries implements LongConsumer {
        private final LongConsumer out;
        private int row;

        Entries(LongConsumer out) {
            this.out = out;
        }

        @Override
        public void accept(long hash) {
            out.accept(hash & ~rowMask | row);
        }
    }

    /** How many entries each bucket of hashes ({@link HashRanges}) holds. */
    private int[] bucketSizes() {
        int[] sizes = HashRanges.perBucket();
        for (int i = 0; i < month.size(); i++) {
            keys.hashes(month, i, hash -> HashRanges.count(sizes, hash));
        }
        return sizes;
    }
}
