package org.civilaffairs.reconcile.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The assistance programs of CONTRACT §4, with the names street offices write for them. */
public enum Program {
    URBAN_DIBAO(Standard.URBAN, "城市低保", "城市最低生活保障"),
    RURAL_DIBAO(Standard.RURAL, "农村低保", "农村最低生活保障"),
    /** 特困供养: judged against the urban standard. */
    TEKUN(Standard.URBAN, "特困供养", "特困人员", "分散供养特困", "集中供养特困"),
    ORPHAN(null, "孤儿", "散居孤儿"),
    /** 临时救助: one household row group is one relief event. */
    TEMP_RELIEF(null, "临时救助"),
    DISABILITY_LIVING(null, "困难残疾人生活补贴"),
    DISABILITY_CARE(null, "重度残疾人护理补贴"),
    ELDERLY_ALLOWANCE(null, "高龄津贴");

    /** Which 低保 standard a BASIC program is judged by. */
    public enum Standard { URBAN, RURAL }

    private final Standard standard;
    private final List<String> names;
    /** {@link #parse}'s tables: each Chinese name's first program, and each code. */
    private static final Map<String, Optional<Program>> BY_NAME = new HashMap<>();
    private static final Map<String, Optional<Program>> BY_CODE = new HashMap<>();

    static {
        for (Program p : values()) {
            BY_CODE.put(p.name(), Optional.of(p));
            p.names.forEach(name -> BY_NAME.putIfAbsent(name, Optional.of(p)));
        }
    }

    Program(Standard standard, String... names) {
        this.standard = standard;
        this.names = List.of(names);
    }

    /** 低保 and 特困: the programs the economic checks run on. */
    public boolean isBasic() {
        return standard != null;
    }

    public Standard standard() {
        return standard;
    }

    /**
     * Codes match case-insensitively; Chinese names exactly (the text is already trimmed and folded).
     * Asked once a roster row, so answered from a table made once.
     */
    public static Optional<Program> parse(String text) {
        Optional<Program> named = BY_NAME.getOrDefault(text, Optional.empty());
        Optional<Program> coded = BY_CODE.getOrDefault(text.toUpperCase(Locale.ROOT), Optional.empty());
        if (named.isEmpty() || coded.isEmpty()) {
            return named.isPresent() ? named : coded;
        }
        return named.get().ordinal() <= coded.get().ordinal() ? named : coded; // the first program that matches
    }
}
