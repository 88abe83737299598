-- The households of persons enrolled more than once now live beside the archive, one file a street
-- (identity/SharedEnrollments): written here they were most of the month's close, hundreds of
-- thousands of rows in a city. A month closed before is derived again from its households when
-- its check or aggregate reads them.
DROP TABLE shared_enrollment_by_street;
