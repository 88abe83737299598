-- The hashes of every member of a street's households, written by resolve beside the households
-- (identity/MemberHashes): the month's close finds the persons enrolled more than once from these
-- instead of reading the month's households an extra time. A street resolved before this table
-- has no rows here; the close reads its households instead.
CREATE TABLE street_member_hashes (
    month  CHAR(7)         NOT NULL,
    street VARCHAR(200)    NOT NULL,
    chunk  INT             NOT NULL,
    hashes VARBINARY(8000) NOT NULL,
    PRIMARY KEY (month, street, chunk)
) ${table_options};
