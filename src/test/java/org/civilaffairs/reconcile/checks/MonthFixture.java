package org.civilaffairs.reconcile.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civilaffairs.reconcile.identity.IdFixtures.born;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civilaffairs.reconcile.policy.Program;

/**
 * A month's households written compactly for the rule tests: {@code street/PROGRAM/id:head,member,...},
 * households separated by spaces. A member is a person A to E, a birth date (a valid ID of someone
 * born that day), or a token starting with U (the unresolved key of 张三 who typed that token).
 */
final class MonthFixture {

    static final Map<String, String> PERSONS = Map.of("A", born("1970-01-01", "011"), "B", born("1975-02-02", "022"),
            "C", born("1980-03-03", "033"), "D", born("1985-04-04", "044"), "E", born("1990-05-05", "055"));

    private MonthFixture() {
    }

    static String person(String token) {
        if (token.startsWith("U")) {
            return "U:张三|" + token;
        }
        return token.length() == 10 ? born(token, "011") : PERSONS.get(token);
    }

    /** The households in the order written; a person written twice in one household is one member (collapsed row). */
    static List<CheckedHousehold> households(YearMonth month, String spec) {
        List<CheckedHousehold> out = new ArrayList<>();
        for (String household : spec.split(" ")) {
            String[] p = household.split("[/:]");
            List<String> members = Arrays.stream(p[3].split(",")).map(MonthFixture::person).toList();
            out.add(new CheckedHousehold(month, p[0], Program.valueOf(p[1]), p[2], members.get(0),
                    members, null, null));
        }
        return out;
    }

    /** Who is enrolled where, built from the households as the month's checks build it. */
    static Enrollments enrollments(List<CheckedHousehold> households) {
        Enrollments enrollments = new Enrollments();
        for (CheckedHousehold h : households) {
            h.members().forEach(k -> enrollments.add(k, new Enrollments.Enrollment(h.street(), h.program(), h.householdId())));
        }
        return enrollments;
    }

    /** What a rule said of one household: its evidence, empty where it does not apply or does not flag. */
    record Outcome(String householdId, Optional<String> evidence) {
    }

    /** Runs the rule on every household of the month; the evidence must never show a clear ID. */
    static List<Outcome> evaluate(Rule rule, YearMonth month, String spec) {
        List<CheckedHousehold> households = households(month, spec);
        MonthContext context = new MonthContext(null, new ReferenceFacts(), enrollments(households));
        List<Outcome> outcomes = households.stream().map(h -> new Outcome(h.householdId(),
                rule.appliesTo(h.program()) ? rule.evaluate(h, context) : Optional.<String>empty())).toList();
        outcomes.forEach(o -> o.evidence().ifPresent(text -> assertThat(text).doesNotContain(PERSONS.values())));
        return outcomes;
    }
}
