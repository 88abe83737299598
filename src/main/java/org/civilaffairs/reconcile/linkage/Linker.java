package org.civilaffairs.reconcile.linkage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.SplittableRandom;

/**
 * Links one month: blocks, compares, estimates the model on the month's own pairs and keeps the
 * pairs that the contract's rules did not link (different person keys), whose programs would make
 * them a duplicate enrollment (CONTRACT §6), and whose match weight reaches the threshold.
 */
final class Linker {

    /** Random pairs counted for u: enough for outcomes of one in a few thousand, cheap at any size. */
    static final int RANDOM_PAIRS = 50_000;
    /** Training pairs of one blocking rule at most (a systematic sample beyond). */
    static final int TRAINING_PAIRS = 250_000;

    private Linker() {
    }

    record Result(List<SuspectPair> suspects, FellegiSunter model, long modelMillis, long candidatePairs, Blocking.Swept swept) {
    }

    /**
     * The model first, then the candidate pairs, scored pass by pass: what is held at once is the
     * month, a training sample or a pass's keys, never all of them. The registry's namesakes are
     * asked for last, so that they can be read meanwhile.
     */
    static Result link(LinkageMonth month, double threshold, Supplier<RegistryNamesakes> namesakes) {
        long started = System.nanoTime();
        FellegiSunter model = model(month);
        long modelMillis = (System.nanoTime() - started) / 1_000_000;
        List<OnePersonPerRow.Link> links = Collections.synchronizedList(new ArrayList<>());
        AtomicLong candidates = new AtomicLong();
        Blocking.Swept swept = Blocking.inPasses(month, Blocking::keyHashes, month::mayBeMissedDuplicate, Blocking.PASS_ENTRIES,
                pairs -> {
                    candidates.addAndGet(pairs.length);
                    links.addAll(links(month, model, threshold, pairs));
                });
        List<SuspectPair> suspects = new ArrayList<>();
        OnePersonPerRow.keep(inPairOrder(links), month, namesakes.get())
                .forEach(l -> suspects.add(suspect(month, l.a(), l.b(), l.weight())));
        return new Result(suspects, model, modelMillis, candidates.get(), swept);
    }

    /**
     * The model: the random pairs beside this thread, the two training sessions one after the other
     * (each sample holds a key a row; at 8M rows two at once were the step's fullest moment).
     */
    private static FellegiSunter model(LinkageMonth month) {
        CompletableFuture<Map<Integer, Integer>> random = CompletableFuture.supplyAsync(() -> randomPairs(month));
        FellegiSunter.Session bySound = session(month, Blocking::sameSound, EnumSet.of(Field.NAME));
        FellegiSunter.Session byBirth = session(month, Blocking::sameRegionAndBirth, EnumSet.of(Field.ID, Field.BIRTH_DATE));
        return FellegiSunter.estimate(random.join(), bySound, List.of(byBirth), month.size() * (month.size() - 1.0) / 2);
    }

    /** The pairs whose weight reaches the threshold and that identity resolution did not decide. */
    private static List<OnePersonPerRow.Link> links(LinkageMonth month, FellegiSunter model, double threshold, long[] pairs) {
        List<OnePersonPerRow.Link> links = new ArrayList<>();
        for (long pair : pairs) {
            int i = Blocking.Candidates.first(pair);
            int j = Blocking.Candidates.second(pair);
            int pattern = PairComparison.pattern(i, j, month);
            double weight = model.weight(pattern);
            if (weight >= threshold && !decidedByResolution(month, i, j, pattern)) {
                links.add(new OnePersonPerRow.Link(i, j, weight));
            }
        }
        return links;
    }

    /** The links in the order of their pairs, each once (a pair found in two passes comes twice). */
    private static List<OnePersonPerRow.Link> inPairOrder(List<OnePersonPerRow.Link> links) {
        return links.stream().sorted(Comparator.comparingInt(OnePersonPerRow.Link::a).thenComparingInt(OnePersonPerRow.Link::b))
                .distinct().toList();
    }

    /**
     * The comparison patterns of one blocking rule's pairs, for training: all of them up to {@link
     * #TRAINING_PAIRS}, beyond that every k-th pair in row order. The estimates are shares of
     * patterns, which a sample of a quarter of a million pairs gives as well as the tens of millions
     * a city's common names make (on a generated 250k-row month the same suspects, recall and
     * precision as with a million); comparing them all was most of the step.
     */
    private static FellegiSunter.Session session(LinkageMonth month, Blocking.Keys key, Set<Field> blockedOn) {
        Blocking.Sample sample = Blocking.sample(month, key, TRAINING_PAIRS);
        Map<Integer, Integer> patterns = new HashMap<>();
        for (long pair : sample.pairs()) {
            int i = Blocking.Candidates.first(pair);
            int j = Blocking.Candidates.second(pair);
            patterns.merge(FellegiSunter.labelled(PairComparison.pattern(i, j, month), month.known(i, j)), 1, Integer::sum);
        }
        int counted = sample.pairs().length;
        return new FellegiSunter.Session(patterns, blockedOn, counted == 0 ? 1 : (double) sample.total() / counted);
    }

    /**
     * Pairs identity resolution already told apart: two resolved IDs more than a typo apart (it
     * validated both, against the registry when one was delivered), or one ID under two unrelated
     * names where resolution kept it for one of them (the other row typed someone else's ID).
     */
    private static boolean decidedByResolution(LinkageMonth month, int i, int j, int pattern) {
        int id = FellegiSunter.level(pattern, Field.ID);
        FellegiSunter.Known known = month.known(i, j);
        boolean oneResolved = !month.unresolved(i) || !month.unresolved(j);
        return known == FellegiSunter.Known.TWO_PERSONS && id == Field.ID.index("different")
                || oneResolved && id == Field.ID.index("exact") && FellegiSunter.level(pattern, Field.NAME) == Field.NAME.index("different");
    }

    /** Comparison patterns of random pairs of rows of different households, the same for the same month. */
    static Map<Integer, Integer> randomPairs(LinkageMonth month) {
        Map<Integer, Integer> counts = new HashMap<>();
        long n = month.size();
        if (n < 2) {
            return counts;
        }
        SplittableRandom random = new SplittableRandom(month.month().hashCode());
        long wanted = Math.min(RANDOM_PAIRS, n * (n - 1) / 2);
        for (long drawn = 0, tries = 0; drawn < wanted && tries < 4 * wanted; tries++) {
            int i = random.nextInt(month.size());
            int j = random.nextInt(month.size());
            if (!month.sameHousehold(i, j)) {
                counts.merge(PairComparison.pattern(i, j, month), 1, Integer::sum);
                drawn++;
            }
        }
        return counts;
    }

    private static SuspectPair suspect(LinkageMonth month, int i, int j, double weight) {
        boolean inOrder = order(month.row(i), month.row(j)) <= 0;
        int first = inOrder ? i : j;
        int second = inOrder ? j : i;
        RosterPerson x = month.row(first);
        RosterPerson y = month.row(second);
        String evidence = PairComparison.of(first, second, month).evidence(x, y);
        return new SuspectPair(month.month(), row(x), row(y), BigDecimal.valueOf(weight).setScale(2, RoundingMode.HALF_UP),
                evidence);
    }

    private static int order(RosterPerson a, RosterPerson b) {
        int c = a.file().compareTo(b.file());
        return c != 0 ? c : Long.compare(a.line(), b.line());
    }

    private static SuspectPair.Row row(RosterPerson r) {
        return new SuspectPair.Row(r.street(), r.program(), r.householdId(), r.file(), r.line());
    }
}
