-- A staged roster row keeps what a rule, an export or `explain` reads. Relation (beyond is_head),
-- whether an amount was typed, the enrolment date and the masked bank account and phone were
-- written for every row and read by nothing; the masked raw line is now written for row rejects
-- only, and resolve adds it for the rows of a household it rejects, from the archived file.
ALTER TABLE roster_row DROP COLUMN relation;
ALTER TABLE roster_row DROP COLUMN amount_given;
ALTER TABLE roster_row DROP COLUMN enrolled_on;
ALTER TABLE roster_row DROP COLUMN bank_masked;
ALTER TABLE roster_row DROP COLUMN phone_masked;
