package org.civilaffairs.reconcile.indicators;

import org.civilaffairs.reconcile.policy.Program;

/**
 * The head of a household in one program: what a flagged BASIC household of M is looked for by in
 * M+1 to count it as exited (应退尽退率, CONTRACT §10).
 */
public record ProgramHead(Program program, String headKey) {
}
