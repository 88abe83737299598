-- A household's distinct person keys move into one column of household (identity.MemberKeys): a
-- city partition wrote a row of household_member for every person, into two indexes on H2.
-- Nullable: MySQL gives a TEXT column no default, and every month is written again below.
ALTER TABLE household ADD COLUMN member_keys ${long_text};
DROP TABLE household_member;

-- Months closed before this column existed are resolved again from their staged rows.
UPDATE month_state SET stage = 0;
