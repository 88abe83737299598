-- How many times each month was closed: a figure derived from closed months names the closes it
-- read, and is derived again when either month is closed again (closed_at keeps whole seconds on
-- MySQL, so two closes may share it).
ALTER TABLE month_state ADD COLUMN closings INT NOT NULL DEFAULT 0;

-- Per month M whose M+1 is in the inbox: the BASIC households flagged in M (not for ID_UNRESOLVED
-- alone) and how many of their heads head none of the program in M+1 (应退尽退率, CONTRACT §10), as
-- counted for the closes of M and M+1 named. Counting a month reads M+1's every head, so the
-- indicators count each month once, not each month of the year on every run (indicators/IndicatorStore).
CREATE TABLE flagged_exit (
    month         CHAR(7) NOT NULL PRIMARY KEY,
    closing       INT     NOT NULL,
    next_closing  INT     NOT NULL,
    flagged       INT     NOT NULL,
    exited        INT     NOT NULL
) ${table_options};
