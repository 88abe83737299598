package org.civilaffairs.reconcile.bench;

import java.util.SplittableRandom;

/**
 * Persons truly enrolled twice, planted at a share of the generated households so that linkage can be
 * measured on any seed. Each case is a pair of households: the first holds the person with up to two
 * family members, the second holds the person alone in the same program or (BASIC) another BASIC
 * program, in another street or the same one, and its row carries one of the damages that hide a person
 * from the contract's rules (or none). Cases draw from their own random stream and take persons no other
 * roster row holds (the top of the registry, or beyond it for a person the registry lacks), so the
 * generated households are the same for the same seed whatever the share.
 */
final class TwiceEnrolled {

    /** The default share of households before which a case is planted: a few hundred in a city month. */
    static final double SHARE = 0.002;

    /** The damages of the second row, as the truth file names them; "" is a clean row the contract links itself. */
    static final String[] DAMAGES = {"", "sci", "mask_seq", "mask_full", "dot_space", "dot_variant", "name_space", "homophone",
            "nonlocal_typo", "other_person", "typo", "transpose"};

    private final Population people;
    private final SplittableRandom random;
    private final double share;
    private final int streets;
    private final char[] id = new char[18];
    private long fresh;
    private long minority;
    private long nonlocal;

    TwiceEnrolled(Population people, long seed, double share, int streets) {
        this.people = people;
        this.random = new SplittableRandom(seed ^ 0x54776963654CL);
        this.share = share;
        this.streets = streets;
        this.fresh = people.size() - 1;
        this.minority = people.size() / 2;
        this.nonlocal = people.size();
    }

    /** The random stream of the planted households' other fields. */
    SplittableRandom random() {
        return random;
    }

    /** Whether a case is planted before the next generated household. */
    boolean due() {
        return share > 0 && random.nextDouble() < share;
    }

    /** How a row shows its person: name and ID as typed, and the truth's id_kind and id_expect. */
    record Shown(String name, String id, String kind, String idExpect) {
    }

    /** One case: the first household's members (the person at {@code at}) and the person's row in the second. */
    record Case(RosterGenerator.Kind firstKind, int firstStreet, long[] family, int at, RosterGenerator.Kind secondKind,
                int secondStreet, Shown second) {
    }

    Case next() {
        String damage = DAMAGES[random.nextInt(DAMAGES.length)];
        RosterGenerator.Kind first = program(damage.equals("other_person"));
        int size = !first.program.isBasic() ? 1 : damage.equals("other_person") ? 2 + random.nextInt(2) : 1 + random.nextInt(3);
        long[] family = new long[size];
        int at = random.nextInt(size);
        for (int k = 0; k < size; k++) {
            family[k] = k == at ? person(damage) : fresh--;
        }
        RosterGenerator.Kind second = first;
        if (first.program.isBasic() && random.nextBoolean()) {
            second = RosterGenerator.Kind.basic(random);
        }
        int firstStreet = random.nextInt(streets);
        int secondStreet = streets == 1 || random.nextInt(10) < 3 ? firstStreet
                : (firstStreet + 1 + random.nextInt(streets - 1)) % streets;
        return new Case(first, firstStreet, family, at, second, secondStreet, shown(damage, family, at));
    }

    /** A program of the duplicate checks (TEMP_RELIEF never); BASIC with a family for a family member's ID. */
    private RosterGenerator.Kind program(boolean family) {
        RosterGenerator.Kind kind;
        do {
            kind = family ? RosterGenerator.Kind.basic(random) : RosterGenerator.Kind.pick(random);
        } while (kind == RosterGenerator.Kind.TEMP_RELIEF);
        return kind;
    }

    /** The twice-enrolled person: a minority name for a middle dot, outside the registry for a nonlocal typo. */
    private long person(String damage) {
        if (damage.startsWith("dot_")) {
            while (people.name(minority).indexOf('·') < 0) {
                minority++;
            }
            return minority++;
        }
        if (damage.equals("nonlocal_typo")) {
            return nonlocal++;
        }
        while (damage.equals("homophone") && Names.homophone(people.name(fresh), random) == null) {
            fresh--;
        }
        return fresh--;
    }

    private Shown shown(String damage, long[] family, int at) {
        long person = family[at];
        String name = people.name(person);
        people.id(person, id);
        return switch (damage) {
            case "sci", "mask_full" -> new Shown(name, IdForms.typed(id, damage(damage), random), damage, "unresolved");
            case "mask_seq", "typo", "transpose" -> new Shown(name, IdForms.typed(id, damage(damage), random), damage, "repaired");
            case "nonlocal_typo" -> new Shown(name, IdForms.typed(id, IdForms.Damage.TYPO, random), damage, "unresolved");
            case "dot_space" -> new Shown(name.replace('·', ' '), new String(id), damage, "unresolved");
            case "dot_variant" -> new Shown(name.replace('·', '•'), new String(id), damage, "valid");
            case "name_space" -> new Shown(name.charAt(0) + " " + name.substring(1), new String(id), damage, "valid");
            case "homophone" -> new Shown(Names.homophone(name, random), new String(id), damage, "unresolved");
            case "other_person" -> new Shown(name, people.id(family[(at + 1) % family.length]), damage, "unresolved");
            default -> new Shown(name, new String(id), damage, "valid");
        };
    }

    private static IdForms.Damage damage(String kind) {
        for (IdForms.Damage d : IdForms.Damage.values()) {
            if (d.kind.equals(kind)) {
                return d;
            }
        }
        throw new IllegalArgumentException(kind);
    }
}
