package org.civilaffairs.reconcile.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A row whose ID resolution could not read is one person: when it is linked to two persons that
 * resolution told apart (two resolved keys), at most one link is right. The link to the best
 * candidate stays if it is at least {@link #MARGIN} bits (ten to one) likelier than the link to
 * any other person; otherwise the row is ambiguous (a spreadsheet ID under a common name meets
 * every namesake of its district on the same evidence) and none of its links to resolved persons
 * is a probable duplicate. Likewise a link from such a row to a person of the same name when the
 * registry holds another person of that name in that person's region, or in the other region a
 * rounded spreadsheet ID may show, whose ID agrees with what the row still shows
 * ({@link RegistryNamesakes}): the row may be that other person, enrolled nowhere else, and
 * nothing on the row says which.
 */
final class OnePersonPerRow {

    /** log2(10): the best candidate must be ten times likelier than the next person. */
    static final double MARGIN = 3.32;

    private OnePersonPerRow() {
    }

    /** A pair above the threshold: two rows of the month and its weight. */
    record Link(int a, int b, double weight) {
    }

    /**
     * The links that remain once each unresolved row keeps at most its one clear person, and none
     * to a person whose name and region the registry gives to someone else as well.
     */
    static List<Link> keep(List<Link> links, LinkageMonth rows, RegistryNamesakes namesakes) {
        Map<Integer, Map<String, Double>> bestByPerson = new HashMap<>();
        for (Link l : links) {
            note(bestByPerson, rows, l.a(), l.b(), l.weight());
            note(bestByPerson, rows, l.b(), l.a(), l.weight());
        }
        List<Link> kept = new ArrayList<>();
        for (Link l : links) {
            if (allowed(bestByPerson, rows, l.a(), l.b(), l.weight()) && allowed(bestByPerson, rows, l.b(), l.a(), l.weight())
                    && !namesake(rows, l.a(), l.b(), namesakes) && !namesake(rows, l.b(), l.a(), namesakes)) {
                kept.add(l);
            }
        }
        return kept;
    }

    /** For an unresolved row linked to a resolved one: the best weight towards each resolved person. */
    private static void note(Map<Integer, Map<String, Double>> best, LinkageMonth rows, int row, int other, double weight) {
        if (rows.unresolved(row) && !rows.unresolved(other)) {
            best.computeIfAbsent(row, k -> new HashMap<>()).merge(rows.personKey(other), weight, Math::max);
        }
    }

    /** Whether the link from {@code row} to {@code other} is its row's one clear person (or no such choice applies). */
    private static boolean allowed(Map<Integer, Map<String, Double>> best, LinkageMonth rows, int row, int other,
                                   double weight) {
        Map<String, Double> persons = best.get(row);
        if (persons == null || persons.size() < 2 || rows.unresolved(other)) {
            return true;
        }
        String person = rows.personKey(other);
        double rival = persons.entrySet().stream().filter(e -> !e.getKey().equals(person))
                .mapToDouble(Map.Entry::getValue).max().orElse(Double.NEGATIVE_INFINITY);
        return weight == persons.get(person) && weight - rival >= MARGIN;
    }

    /**
     * An unresolved row linked to a resolved person while the registry holds someone else of the
     * name in the person's region, or in the other region the row's ID may show (a spreadsheet ID
     * whose sixth digit was rounded: 4.20104E+17 is 420104… or 420103…), with an ID the row may be.
     */
    private static boolean namesake(LinkageMonth rows, int row, int other, RegistryNamesakes namesakes) {
        if (!rows.unresolved(row) || rows.unresolved(other)) {
            return false;
        }
        String name = rows.name(row).normalized();
        IdFragments shows = rows.id(row);
        String region = rows.personKey(other).substring(0, 6);
        int persons = namesakes.count(name, region, shows);
        for (String shown : shows.roundedRegions()) {
            persons += shown.equals(region) ? 0 : namesakes.count(name, shown, shows);
        }
        return persons > 1;
    }
}
