package org.civilaffairs.reconcile.checks;

import org.civilaffairs.reconcile.policy.Policy;

/** Everything a rule may consult besides the household: policy, reference facts, the month's enrollments. */
public record MonthContext(Policy policy, ReferenceFacts facts, Enrollments enrollments) {
}
