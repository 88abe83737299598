-- The households of every person enrolled more than once, filed under each street the person is
-- enrolled in (`street`), with every one of the person's households (`enrolled_street`, program,
-- household). A check partition reads the rows of its own streets along an index; with the
-- rows filed by person, each partition read the whole month's, and a city of 4M roster rows has
-- eight partitions.
CREATE TABLE shared_enrollment_by_street (
    month           CHAR(7)      NOT NULL,
    street          VARCHAR(200) NOT NULL,
    person_key      VARCHAR(300) NOT NULL,
    enrolled_street VARCHAR(200) NOT NULL,
    program         VARCHAR(32)  NOT NULL,
    household_id    VARCHAR(200) NOT NULL
) ${table_options};
-- Not a primary key: the whole row would pass MySQL's 3,072 bytes of key in utf8mb4. Its writer
-- makes each row once, in this index's order.
CREATE INDEX shared_enrollment_street ON shared_enrollment_by_street (month, street, person_key);

INSERT INTO shared_enrollment_by_street (month, street, person_key, enrolled_street, program, household_id)
SELECT DISTINCT a.month, a.street, b.person_key, b.street, b.program, b.household_id
FROM shared_enrollment a JOIN shared_enrollment b ON b.month = a.month AND b.person_key = a.person_key;

DROP TABLE shared_enrollment;
