package org.civilaffairs.reconcile.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.civilaffairs.reconcile.policy.Program;
import org.junit.jupiter.api.Test;

/** A person's households in street, program and household order, each once even when read twice. */
class EnrollmentsTest {

    @Test
    void eachHouseholdOnceInOrder() {
        Enrollments.Enrollment a = new Enrollments.Enrollment("汉正街", Program.URBAN_DIBAO, "H2");
        Enrollments.Enrollment b = new Enrollments.Enrollment("汉正街", Program.URBAN_DIBAO, "H1");
        Enrollments.Enrollment c = new Enrollments.Enrollment("六角亭街", Program.DISABILITY_CARE, "C9");
        Enrollments enrollments = new Enrollments();
        // read under each of the person's streets, as a partition holding both reads them
        for (Enrollments.Enrollment e : new Enrollments.Enrollment[] {a, b, c, c, a, b}) {
            enrollments.add("420104197001011234", e);
        }
        enrollments.add("420104197203041236", c);
        enrollments.sort();
        assertThat(enrollments.of("420104197001011234")).containsExactly(c, b, a);
        assertThat(enrollments.of("420104197203041236")).containsExactly(c);
        assertThat(enrollments.of("nobody")).isEmpty();
        assertThat(enrollments.inBasicHousehold("420104197001011234")).isTrue();
        assertThat(enrollments.inBasicHousehold("420104197203041236")).isFalse();
    }
}
