-- Every step now reads a month's staged rows by file, along the primary key (file_id, line_no):
-- the month index only cost a second index entry for each of a city's million rows at ingest.
DROP INDEX roster_row_month ON roster_row;

-- What a household's verification says besides its flags (whether the BASIC checks ran, the checks
-- that could not run, the snapshot month of each source) follows from its program and the month's
-- sources: it is kept once per month and program. A household's flags are the rows of
-- household_flag. Checking a city's month then writes its flag evidence instead of rewriting every
-- household.
CREATE TABLE program_check (
    month            CHAR(7)      NOT NULL,
    program          VARCHAR(32)  NOT NULL,
    verified         BOOLEAN      NOT NULL,
    checks_skipped   VARCHAR(400),
    reference_months VARCHAR(600),
    PRIMARY KEY (month, program)
) ${table_options};
INSERT INTO program_check (month, program, verified, checks_skipped, reference_months)
    SELECT month, program, MAX(CASE WHEN verified THEN 1 ELSE 0 END) = 1, MAX(checks_skipped), MAX(reference_months)
    FROM household GROUP BY month, program;
ALTER TABLE household DROP COLUMN verified;
ALTER TABLE household DROP COLUMN checks_skipped;
ALTER TABLE household DROP COLUMN reference_months;
ALTER TABLE household DROP COLUMN flags;
