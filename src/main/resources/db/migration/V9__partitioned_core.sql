-- The partitioned core: resolve, check and aggregate work on partitions of a month (the streets of
-- one hash bucket). What crosses streets is kept in narrow tables that the partitions write for
-- their own streets and one month-level pass reads.

-- The distinct persons of each household, as resolve found them: the checks' members, the
-- aggregate's persons (per street and, distinct across streets, for the 全区 roll-up).
CREATE TABLE household_member (
    month        CHAR(7)      NOT NULL,
    street       VARCHAR(200) NOT NULL,
    program      VARCHAR(32)  NOT NULL,
    household_id VARCHAR(200) NOT NULL,
    person_key   VARCHAR(300) NOT NULL,
    PRIMARY KEY (month, street, program, household_id, person_key)
) ${table_options};

-- What resolve decided, counted per street, program and file: the files' accounting
-- (rows_loaded + rows_rejected + rows_collapsed) and the aggregate's counted rejects.
CREATE TABLE resolve_count (
    month           CHAR(7)      NOT NULL,
    street          VARCHAR(200) NOT NULL,
    program         VARCHAR(100) NOT NULL,
    file_id         BIGINT       NOT NULL,
    loaded          INT          NOT NULL,
    rejected        INT          NOT NULL,
    collapsed       INT          NOT NULL,
    counted_rejects INT          NOT NULL,
    PRIMARY KEY (month, street, program, file_id)
) ${table_options};

-- The households of every person enrolled more than once in a month (any street, any program):
-- all that DUPLICATE_ENROLLMENT and NO_BASIC_ENROLLMENT need to know beyond a partition.
CREATE TABLE shared_enrollment (
    month        CHAR(7)      NOT NULL,
    person_key   VARCHAR(300) NOT NULL,
    street       VARCHAR(200) NOT NULL,
    program      VARCHAR(32)  NOT NULL,
    household_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (month, person_key, street, program, household_id)
) ${table_options};

-- New and exited households of the 全区 roll-up compare heads of M and M-1 across streets.
CREATE INDEX household_head ON household (month, program, head_key);

-- Months closed before these tables existed are resolved again from their staged rows.
UPDATE month_state SET stage = 0;

-- The streets each staged roster file names (written by ingest): a partition reads the staged rows
-- of the files that name one of its streets only.
CREATE TABLE roster_file_street (
    file_id BIGINT       NOT NULL,
    street  VARCHAR(200) NOT NULL,
    PRIMARY KEY (file_id, street)
) ${table_options};
INSERT INTO roster_file_street (file_id, street) SELECT DISTINCT file_id, street FROM roster_row;
