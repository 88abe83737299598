-- A household amount may have 12 integer digits (Amounts), so the sums of a street's or the
-- district's households need more than DECIMAL(16,2): 120 such households failed the aggregate step.
-- ${modify_column} is MODIFY COLUMN on MySQL/MariaDB, ALTER COLUMN on H2.
ALTER TABLE monthly_aggregate ${modify_column} amount DECIMAL(24,2) NOT NULL;
ALTER TABLE monthly_aggregate ${modify_column} flagged_amount DECIMAL(24,2) NOT NULL;
