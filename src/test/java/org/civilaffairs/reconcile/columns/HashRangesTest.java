package org.civilaffairs.reconcile.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Buckets gathered into consecutive ranges of a bounded size, covering every bucket once. */
class HashRangesTest {

    @ParameterizedTest(name = "buckets {0}, at most {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "0:0|10|0-1024:0",
            "0:5 1:5 2:5|10|0-2:10 2-1024:5",
            "0:5 1:5 2:5|9|0-1:5 1-2:5 2-1024:5",
            "0:5 1:4 2:5|10|0-2:9 2-1024:5",
            "3:30 9:1|10|0-3:0 3-4:30 4-1024:1",
            "0:1 1023:1|1|0-1023:1 1023-1024:1"})
    void rangesOfAtMostTheBoundUnlessOneBucketIsMore(String counts, int maxEntries, String expected) {
        int[] perBucket = HashRanges.perBucket();
        for (String c : counts.split(" ")) {
            String[] bucketCount = c.split(":");
            perBucket[Integer.parseInt(bucketCount[0])] = Integer.parseInt(bucketCount[1]);
        }
        List<String> ranges = HashRanges.of(perBucket, maxEntries).stream()
                .map(r -> r.fromBucket() + "-" + r.toBucket() + ":" + r.entries()).toList();
        assertThat(ranges).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @Test
    void aHashIsInTheRangeOfItsTopBits() {
        long hash = 0x8000_0000_0000_0001L;
        int[] perBucket = HashRanges.perBucket();
        HashRanges.count(perBucket, hash);
        assertThat(HashRanges.bucket(hash)).isEqualTo(512);
        assertThat(perBucket[512]).isEqualTo(1);
        assertThat(new HashRanges.Range(512, 513, 1).holds(hash)).isTrue();
        assertThat(new HashRanges.Range(0, 512, 0).holds(hash)).isFalse();
        assertThat(new HashRanges.Range(0, 512, 0).holds(-1L >>> 1)).isTrue();
    }
}
