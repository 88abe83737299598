package org.civilaffairs.reconcile.identity;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The 64-bit hashes ({@link RepeatedKeys#hash}) of every member of a street's households, one per
 * (household, distinct member), packed in chunks of {@link #PER_CHUNK} ({@code street_member_hashes}).
 * Resolve writes them beside the households it has in hand; the month's close then finds the
 * persons enrolled more than once from a few megabytes instead of reading every household twice.
 * Every street resolved gets a chunk, an empty one if it has no households: a street without one
 * was resolved before these were written, and the close reads its households instead.
 */
public final class MemberHashes {

    /** Hashes per chunk: 8,000 bytes, a VARBINARY every database keeps in the row. */
    public static final int PER_CHUNK = 1000;

    private MemberHashes() {
    }

    /** One chunk of a street's hashes. */
    public record Chunk(String street, int number, byte[] hashes) {
    }

    /** The chunks of {@code streets}, each at least one, from their households' stored member keys. */
    public static List<Chunk> of(Collection<String> streets, List<Household> households) {
        Map<String, List<Long>> byStreet = new TreeMap<>();
        streets.forEach(street -> byStreet.put(street, new ArrayList<>()));
        for (Household h : households) {
            List<Long> hashes = byStreet.computeIfAbsent(h.street(), s -> new ArrayList<>());
            MemberKeys.stored(h.memberKeys()).forEach(key -> hashes.add(RepeatedKeys.hash(key)));
        }
        List<Chunk> chunks = new ArrayList<>();
        byStreet.forEach((street, hashes) -> {
            int number = 0;
            do {
                List<Long> part = hashes.subList(number * PER_CHUNK, Math.min(hashes.size(), (number + 1) * PER_CHUNK));
                ByteBuffer bytes = ByteBuffer.allocate(part.size() * Long.BYTES);
                part.forEach(bytes::putLong);
                chunks.add(new Chunk(street, number++, bytes.array()));
            } while (number * PER_CHUNK < hashes.size());
        });
        return chunks;
    }

    /** Each hash of a stored chunk. */
    public static void forEach(byte[] chunk, LongConsumer hash) {
        ByteBuffer bytes = ByteBuffer.wrap(chunk);
        while (bytes.remaining() >= Long.BYTES) {
            hash.accept(bytes.getLong());
        }
    }
}
