package org.civilaffairs.reconcile.linkage;

import java.util.List;

/**
 * The compared fields of a pair of roster rows and the outcomes each can have, best first, as they
 * are written in the evidence ({@code name=pinyin;birth_date=exact;id=first6+last4;...}).
 */
enum Field {
    NAME("name", "exact", "separator", "pinyin", "one_char", "different"),
    BIRTH_DATE("birth_date", "in_id", "exact", "unknown", "different"),
    ID("id", "exact", "one_edit", "co_member", "first6+last4", "first6", "unknown", "different"),
    COMMUNITY("community", "same", "unknown", "different"),
    CO_MEMBERS("co_members", "shared", "alone", "none"),
    LAST_MONTH("last_month", "same_household", "none");

    /** The birth date of two complete IDs: the ID's outcome already says it, so it adds no evidence of its own. */
    static final int BIRTH_IN_ID = 0;

    private final String label;
    private final List<String> levels;

    Field(String label, String... levels) {
        this.label = label;
        this.levels = List.of(levels);
    }

    String label() {
        return label;
    }

    int levels() {
        return levels.size();
    }

    String level(int index) {
        return levels.get(index);
    }

    int index(String level) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i) == level) { // the comparisons pass these very constants: one compare of a reference per pair
                return i;
            }
        }
        int i = levels.indexOf(level);
        if (i < 0) {
            throw new IllegalArgumentException(label + " has no outcome " + level);
        }
        return i;
    }

    /** A level that carries no evidence: fixed at m = u, never estimated. */
    boolean neutral(int level) {
        return this == BIRTH_DATE && level == BIRTH_IN_ID;
    }
}
