package org.civilaffairs.reconcile.linkage;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Fellegi–Sunter model over {@link Field}s: for each outcome of each field, m = P(outcome | same
 * person) and u = P(outcome | different persons), and the prior share of same-person pairs among
 * all pairs. Estimated from the month itself, as Splink does:
 * <ul>
 *   <li>u is counted on random pairs (nearly all of them different persons);</li>
 *   <li>m by expectation–maximisation, u held fixed, in training sessions. Pairs that identity
 *       resolution already decided take part with that answer: one key is one person, two different
 *       resolved IDs (both held by the registry under these names, or valid) are two; the rest are
 *       estimated. Each session takes the
 *       pairs of one blocking rule and leaves out the fields that rule makes agree (pairs blocked on
 *       the name's sound say nothing about how often one person's names agree), and a field's m is
 *       the mean over the sessions that estimated it;</li>
 *   <li>the prior from the session blocked on the name's sound: its expected same-person pairs,
 *       divided by the share of one person's pairs whose names sound alike, over all pairs.</li>
 * </ul>
 * A pair's match weight is log2 of its odds of being one person: log2(prior/(1−prior)) + Σ log2(m/u).
 */
final class FellegiSunter {

    private static final int FIELDS = Field.values().length;
    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-7;
    /** Pseudo-count per outcome, so that an outcome never seen keeps a small probability. */
    private static final double SMOOTHING = 0.5;
    private static final Set<Integer> NAME_SOUNDS_ALIKE = Set.of(
            Field.NAME.index("exact"), Field.NAME.index("separator"), Field.NAME.index("pinyin"));

    /**
     * One training session: the comparison patterns of one blocking rule's pairs (each with what
     * identity resolution already knows of it, {@link #labelled}), the fields the rule makes agree,
     * and how many of the rule's pairs each counted pair stands for (1 unless they were sampled).
     */
    record Session(Map<Integer, Integer> patterns, Set<Field> blockedOn, double scale) {
    }

    /** What identity resolution knows of a pair: nothing, one person (same key), or two (two different resolved IDs). */
    enum Known { NOTHING, SAME_PERSON, TWO_PERSONS }

    /** A pattern with what is known of its pairs, as a session's key. */
    static int labelled(int pattern, Known known) {
        return pattern << 2 | known.ordinal();
    }

    private final double[][] m = new double[FIELDS][];
    private final double[][] u = new double[FIELDS][];
    /** log2(m/u) per field and outcome, and log2 of the prior odds: a pair's weight is a sum of lookups. */
    private final double[][] partial = new double[FIELDS][];
    private double prior;
    private double priorWeight;

    private FellegiSunter() {
    }

    /**
     * @param randomPairs comparison patterns of random pairs → how many
     * @param sameSound   the session blocked on the name's sound (gives the prior)
     * @param others      further sessions
     * @param allPairs    how many pairs of rows the month has
     */
    static FellegiSunter estimate(Map<Integer, Integer> randomPairs, Session sameSound, List<Session> others, double allPairs) {
        FellegiSunter model = new FellegiSunter();
        model.countU(randomPairs);
        double[][] sum = new double[FIELDS][];
        int[] sessions = new int[FIELDS];
        double sameSoundLambda = 0;
        for (Session s : concat(sameSound, others)) {
            Estimate e = expectationMaximisation(model.u, s);
            if (s == sameSound) {
                sameSoundLambda = e.lambda;
            }
            for (Field f : Field.values()) {
                if (!s.blockedOn.contains(f)) {
                    sum[f.ordinal()] = add(sum[f.ordinal()], e.m[f.ordinal()]);
                    sessions[f.ordinal()]++;
                }
            }
        }
        for (Field f : Field.values()) {
            model.m[f.ordinal()] = sessions[f.ordinal()] == 0 ? start(f) : scale(sum[f.ordinal()], 1.0 / sessions[f.ordinal()]);
        }
        double soundAlike = NAME_SOUNDS_ALIKE.stream().mapToDouble(l -> model.m[Field.NAME.ordinal()][l]).sum();
        double matches = sameSoundLambda * count(sameSound.patterns) * sameSound.scale / soundAlike;
        model.prior = Math.min(Math.max(matches / Math.max(allPairs, 1), 1e-12), 0.5);
        model.priorWeight = log2(model.prior / (1 - model.prior));
        for (Field f : Field.values()) {
            model.partial[f.ordinal()] = new double[f.levels()];
            for (int l = 0; l < f.levels(); l++) {
                model.partial[f.ordinal()][l] = log2(model.m[f.ordinal()][l] / model.u[f.ordinal()][l]);
            }
        }
        return model;
    }

    private record Estimate(double[][] m, double lambda) {
    }

    private static Estimate expectationMaximisation(double[][] u, Session session) {
        double[][] m = new double[FIELDS][];
        for (Field f : Field.values()) {
            m[f.ordinal()] = start(f);
        }
        double lambda = 0.1;
        double total = count(session.patterns);
        for (int iteration = 0; iteration < MAX_ITERATIONS && total > 0; iteration++) {
            double[][] expected = new double[FIELDS][];
            for (Field f : Field.values()) {
                expected[f.ordinal()] = new double[f.levels()];
            }
            double matches = 0;
            for (Map.Entry<Integer, Integer> e : session.patterns.entrySet()) {
                int pattern = e.getKey() >>> 2;
                Known known = Known.values()[e.getKey() & 3];
                double odds = lambda / (1 - lambda);
                for (Field f : Field.values()) {
                    if (!session.blockedOn.contains(f)) {
                        int l = level(pattern, f);
                        odds *= m[f.ordinal()][l] / u[f.ordinal()][l];
                    }
                }
                double p = switch (known) {
                    case SAME_PERSON -> 1;
                    case TWO_PERSONS -> 0;
                    case NOTHING -> Double.isInfinite(odds) ? 1 : odds / (1 + odds);
                } * e.getValue();
                matches += p;
                for (Field f : Field.values()) {
                    expected[f.ordinal()][level(pattern, f)] += p;
                }
            }
            double next = Math.min(Math.max(matches / total, 1e-9), 1 - 1e-9);
            double change = Math.abs(next - lambda);
            lambda = next;
            for (Field f : Field.values()) {
                double[] estimated = normalised(expected[f.ordinal()], f);
                for (int l = 0; l < estimated.length; l++) {
                    change = Math.max(change, Math.abs(estimated[l] - m[f.ordinal()][l]));
                }
                m[f.ordinal()] = estimated;
            }
            if (change < CONVERGED) {
                break;
            }
        }
        return new Estimate(m, lambda);
    }

    private void countU(Map<Integer, Integer> randomPairs) {
        for (Field f : Field.values()) {
            double[] counts = new double[f.levels()];
            randomPairs.forEach((pattern, n) -> counts[level(pattern, f)] += n);
            u[f.ordinal()] = normalised(counts, f);
        }
    }

    /** Start of EM: the best outcome of each field is likely for one person, worse ones ever less so. */
    private static double[] start(Field f) {
        double[] start = new double[f.levels()];
        for (int l = 0; l < start.length; l++) {
            start[l] = Math.pow(0.5, l);
        }
        return normalised(start, f);
    }

    /** Probabilities from counts with smoothing; a neutral outcome is fixed at 1 (it cancels in m/u). */
    private static double[] normalised(double[] counts, Field f) {
        double sum = 0;
        int counted = 0;
        for (int l = 0; l < counts.length; l++) {
            if (!f.neutral(l)) {
                sum += counts[l];
                counted++;
            }
        }
        double[] p = new double[counts.length];
        for (int l = 0; l < counts.length; l++) {
            p[l] = f.neutral(l) ? 1 : (counts[l] + SMOOTHING) / (sum + SMOOTHING * counted);
        }
        return p;
    }

    double weight(int pattern) {
        double w = priorWeight;
        for (int f = 0; f < FIELDS; f++) {
            w += partial[f][(pattern >> (3 * (FIELDS - 1 - f))) & 7];
        }
        return w;
    }

    double partialWeight(Field f, int level) {
        return partial[f.ordinal()][level];
    }

    double m(Field f, int level) {
        return m[f.ordinal()][level];
    }

    double u(Field f, int level) {
        return u[f.ordinal()][level];
    }

    double prior() {
        return prior;
    }

    static int level(int pattern, Field f) {
        return (pattern >> (3 * (FIELDS - 1 - f.ordinal()))) & 7;
    }

    private static List<Session> concat(Session first, List<Session> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static double count(Map<Integer, Integer> patterns) {
        return patterns.values().stream().mapToDouble(Integer::doubleValue).sum();
    }

    private static double[] add(double[] sum, double[] p) {
        double[] out = sum == null ? new double[p.length] : sum;
        for (int i = 0; i < p.length; i++) {
            out[i] += p[i];
        }
        return out;
    }

    private static double[] scale(double[] p, double factor) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] * factor;
        }
        return out;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
