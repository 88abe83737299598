-- Probable duplicates that the ID rules cannot see (advisory record linkage, linkage/*): one row per
-- suspected pair of roster rows of two households, with its match weight and evidence. Nothing of
-- the contract's flags, aggregates or indicators reads it.
CREATE TABLE suspect_pair (
    month          CHAR(7)       NOT NULL,
    file_a         VARCHAR(400)  NOT NULL,
    line_a         BIGINT        NOT NULL,
    street_a       VARCHAR(200)  NOT NULL,
    program_a      VARCHAR(32)   NOT NULL,
    household_id_a VARCHAR(200)  NOT NULL,
    file_b         VARCHAR(400)  NOT NULL,
    line_b         BIGINT        NOT NULL,
    street_b       VARCHAR(200)  NOT NULL,
    program_b      VARCHAR(32)   NOT NULL,
    household_id_b VARCHAR(200)  NOT NULL,
    match_weight   DECIMAL(8,2)  NOT NULL,
    evidence       VARCHAR(400)  NOT NULL
) ${table_options};
CREATE INDEX suspect_pair_month ON suspect_pair (month);

-- Which close of each month the suspects were computed for (month_state.closed_at): a month closed
-- again is linked again.
CREATE TABLE linkage_month (
    month      CHAR(7)   NOT NULL PRIMARY KEY,
    closed_at  TIMESTAMP NOT NULL
) ${table_options};
