package org.civilaffairs.reconcile.linkage;

import java.util.StringJoiner;

/**
 * The comparison vector of two roster rows of different households (one outcome per {@link Field})
 * and the evidence a clerk reads for it. Comparisons are plain functions of the two rows and their
 * households; nothing here looks at the rows' person keys except the longitudinal evidence.
 */
record PairComparison(int[] levels, int sharedCoMembers, int comparableCoMembers) {

    /** The comparison with what the evidence shows of it (only for the few pairs that become suspects). */
    static PairComparison of(int i, int j, LinkageMonth month) {
        int pattern = pattern(i, j, month);
        int[] levels = new int[Field.values().length];
        for (Field f : Field.values()) {
            levels[f.ordinal()] = FellegiSunter.level(pattern, f);
        }
        int co = coMembers(i, j, month);
        return new PairComparison(levels, co >>> 16, co & 0xFFFF);
    }

    /** The comparison vector as one small number (three bits a field, in field order), without allocating. */
    static int pattern(int i, int j, LinkageMonth month) {
        IdFragments idA = month.id(i);
        IdFragments idB = month.id(j);
        String id = id(idA, idB);
        if (idA.complete() && id.equals("different") && (typedCoMemberId(i, j, month) || typedCoMemberId(j, i, month))) {
            id = "co_member";
        }
        int co = coMembers(i, j, month);
        int p = month.compareNames(i, j).ordinal();
        p = p * 8 + (idA.complete() && idB.complete() ? Field.BIRTH_IN_ID : Field.BIRTH_DATE.index(birthDate(idA, idB)));
        p = p * 8 + Field.ID.index(id);
        p = p * 8 + Field.COMMUNITY.index(community(month.community(i), month.community(j)));
        p = p * 8 + Field.CO_MEMBERS.index((co & 0xFFFF) == 0 ? "alone" : co >>> 16 > 0 ? "shared" : "none");
        return p * 8 + Field.LAST_MONTH.index(sameHouseholdLastMonth(i, j, month) ? "same_household" : "none");
    }

    int level(Field f) {
        return levels[f.ordinal()];
    }

    /** {@code name=pinyin;birth_date=exact;id=first6+last4;community=different;co_members=2/3;last_month=none} */
    String evidence(RosterPerson a, RosterPerson b) {
        StringJoiner out = new StringJoiner(";");
        out.add("name=" + Field.NAME.level(level(Field.NAME)));
        out.add("birth_date=" + birthDate(a.id(), b.id()));
        out.add("id=" + Field.ID.level(level(Field.ID)));
        out.add("community=" + Field.COMMUNITY.level(level(Field.COMMUNITY)));
        out.add("co_members=" + (comparableCoMembers == 0 ? "alone" : sharedCoMembers + "/" + comparableCoMembers));
        out.add("last_month=" + Field.LAST_MONTH.level(level(Field.LAST_MONTH)));
        return out.toString();
    }

    static String id(IdFragments a, IdFragments b) {
        if (a.sameAs(b)) {
            return "exact";
        }
        if (a.oneEditFrom(b)) {
            return "one_edit";
        }
        if (a.complete() && b.complete()) {
            return "different"; // two whole IDs more than a typo apart: as a rule two persons
        }
        IdFragments.Agreement region = a.agreement(b, 0, 6);
        IdFragments.Agreement tail = a.agreement(b, 14, 18);
        if (region == IdFragments.Agreement.DIFFERENT || tail == IdFragments.Agreement.DIFFERENT) {
            return "different";
        }
        if (region == IdFragments.Agreement.UNKNOWN) {
            return "unknown";
        }
        return tail == IdFragments.Agreement.SAME ? "first6+last4" : "first6";
    }

    /**
     * Row i shows the whole ID of another member of row j's household whose name does not sound like
     * row i's: a family member's ID typed in (a member of the same name is row i's person itself).
     */
    static boolean typedCoMemberId(int i, int j, LinkageMonth month) {
        for (int k = 0; k < month.memberCount(j); k++) {
            int m = month.member(j, k);
            if (m != j && month.sameId(i, m) && !month.name(i).soundsLike(month.name(m))) {
                return true;
            }
        }
        return false;
    }

    static String birthDate(IdFragments a, IdFragments b) {
        return switch (a.agreement(b, 6, 14)) {
            case SAME -> "exact";
            case DIFFERENT -> "different";
            case PARTLY, UNKNOWN -> "unknown";
        };
    }

    static String community(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? "unknown" : a.equals(b) ? "same" : "different";
    }

    /** {@code shared << 16 | comparable}: the other members of the smaller household found, by sound, among the other's. */
    static int coMembers(int i, int j, LinkageMonth month) {
        boolean iSmaller = month.memberCount(i) <= month.memberCount(j);
        int self = iSmaller ? i : j;
        int other = iSmaller ? j : i;
        int comparable = 0;
        int shared = 0;
        for (int a = 0; a < month.memberCount(self); a++) {
            int m = month.member(self, a);
            if (m == self) {
                continue;
            }
            comparable++;
            for (int b = 0; b < month.memberCount(other); b++) {
                int n = month.member(other, b);
                if (n != other && month.soundAlike(m, n)) {
                    shared++;
                    break;
                }
            }
        }
        return shared << 16 | Math.min(comparable, month.memberCount(other) - 1);
    }

    /** Last month, one row's household held the other row's person under this row's name. */
    static boolean sameHouseholdLastMonth(int i, int j, LinkageMonth month) {
        return month.heldLastMonth(i, j) || month.heldLastMonth(j, i);
    }
}
