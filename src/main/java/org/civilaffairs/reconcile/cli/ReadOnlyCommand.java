package org.civilaffairs.reconcile.cli;

/**
 * A command that reads the database and writes at most a few rows of audit (status, exports,
 * explain, reports, feedback workbooks, simulations). On the embedded H2 database it closes the
 * database without compacting its file: compacting on close took 1.2–2.3 s of every such command on
 * a city's database and left the file as large as before. A run's close still compacts it.
 */
public interface ReadOnlyCommand {
}
