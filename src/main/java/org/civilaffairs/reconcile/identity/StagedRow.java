package org.civilaffairs.reconcile.identity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A staged roster row as identity resolution sees it, with the outcome it assigns:
 * LOADED, REJECTED (with the reason) or COLLAPSED, and whether a later file superseded it.
 */
public final class StagedRow {

    /** What became of a row. */
    public enum Outcome { LOADED, REJECTED, COLLAPSED }

    final long fileId;
    final long line;
    final String street;
    final String program;
    final boolean namesPair;
    final String householdId;
    final String name;
    final String idNumber;
    final boolean head;
    final BigDecimal amount;
    final BigDecimal declaredIncome;
    final String rowReject;
    /** As written, for the month's linkage ({@link LoadedRows}); no rule reads it. */
    String community;
    PersonKey key;
    Outcome outcome;
    String reason;
    boolean superseded;
    /** The masked raw line to store, when the row became part of a household reject (else null: the stored one stays). */
    String rawMasked;
    /** What the row's resolution columns hold now: only rows whose outcome differs are written back. */
    private Stored stored;
    /** What ingest stored, for a row read from its roster's file beside the archive ({@link StagedRowFiles}); else null. */
    Stored guess;

    /** The resolution columns of a staged row as stored (ingest's guess, or the last resolution). */
    public record Stored(String key, String method, String outcome, String reason, boolean superseded) {
    }

    public StagedRow(long fileId, long line, String street, String program, boolean namesPair, String householdId,
                     String name, String idNumber, boolean head, BigDecimal amount, BigDecimal declaredIncome, String rowReject) {
        this.fileId = fileId;
        this.line = line;
        this.street = street;
        this.program = program;
        this.namesPair = namesPair;
        this.householdId = householdId;
        this.name = name;
        this.idNumber = idNumber;
        this.head = head;
        this.amount = amount;
        this.declaredIncome = declaredIncome;
        this.rowReject = rowReject;
    }

    public long fileId() {
        return fileId;
    }

    public long line() {
        return line;
    }

    public PersonKey key() {
        return key;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Whether the row was rejected on its own, before any household rule. */
    public boolean rejectedOnItsOwn() {
        return rowReject != null;
    }

    public String reason() {
        return reason;
    }

    public boolean superseded() {
        return superseded;
    }

    public StagedRow withStored(Stored current) {
        this.stored = current;
        return this;
    }

    /** Ingest's resolution of the row, as it stages it and {@link StagedRowFiles} keeps it. */
    public Stored guess() {
        return guess;
    }

    /** Sets ingest's resolution of the row, as {@link StagedRowFiles} read it back. */
    StagedRow guessed(Stored staged) {
        this.guess = staged;
        return this;
    }

    public StagedRow inCommunity(String written) {
        this.community = written;
        return this;
    }

    /** The resolution columns this row must hold now. */
    Stored resolved() {
        return new Stored(key == null ? null : PersonKey.stored(key.key()), key == null ? null : key.how().name(),
                outcome.name(), reason, superseded);
    }

    /** What the row's resolution columns hold now. */
    Stored stored() {
        return stored;
    }

    /** Whether the stored columns differ from the resolution (always, when nothing was read). */
    boolean changed() {
        return !resolved().equals(stored);
    }

    /** The (street, program) pair the row's file names, as a map key. */
    Pair pair() {
        return new Pair(street, program);
    }

    /** The row's household within its month, as a map key. */
    HouseholdKey household() {
        return new HouseholdKey(street, program, householdId);
    }

    /** Whether this row and another, neither rejected on its own, are of one household: {@link #household()} equal, without the key made. */
    public boolean sameHousehold(StagedRow other) {
        return Objects.equals(householdId, other.householdId) && Objects.equals(street, other.street)
                && Objects.equals(program, other.program);
    }

    record Pair(String street, String program) {
    }

    record HouseholdKey(String street, String program, String householdId) {
    }
}
