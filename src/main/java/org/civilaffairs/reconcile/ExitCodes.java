package org.civilaffairs.reconcile;

/**
 * The exit codes of every command, as the README's table documents them, so that cron, systemd
 * and an operator's script can tell a warning from a failure from a refusal.
 */
public final class ExitCodes {

    /** The command did what it was asked; a run completed without warnings. */
    public static final int OK = 0;
    /** A run failed (fix the cause, then 'restart N'), or a command failed while working. */
    public static final int FAILED = 1;
    /** The command line names something invalid or absent: option, month, format, run id, policy, schedule, inbox. */
    public static final int USAGE = 2;
    /** The application could not start: database unreachable or not migratable, configuration unusable. */
    public static final int CANNOT_START = 3;
    /** Refused: another run is in progress, or the run named is in a state that forbids the command. */
    public static final int REFUSED = 4;
    /** A run stopped after its current unit ('stop' or SIGTERM); 'restart N' continues it. */
    public static final int STOPPED = 5;
    /** A run completed, but with warnings (input not read, a street office's roster missing): see 'status'. */
    public static final int WARNINGS = 6;

    private ExitCodes() {
    }
}
