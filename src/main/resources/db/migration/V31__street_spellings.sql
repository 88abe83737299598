-- The spellings of a roster's known streets other than their canonical names (an alias such as
-- 汉正街道 for 汉正街), with their rows: a draft street list that drops an alias, or renames a street,
-- reads those rows otherwise, which 'simulate' and a run's street-list notice say (ingest/RosterStreets).
-- Rosters read before this table count as written with the canonical names.
CREATE TABLE roster_file_spelling (
    file_id     BIGINT       NOT NULL,
    street      VARCHAR(200) NOT NULL,
    spelling    VARCHAR(200) NOT NULL,
    staged_rows INT          NOT NULL,
    PRIMARY KEY (file_id, street, spelling)
) ${table_options};
