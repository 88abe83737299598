-- The close of each month its suspects were computed for, as month_state.closings counts it:
-- closed_at keeps whole seconds on MySQL, so a month closed twice within one second kept the first
-- close's suspects. The suspects computed for a month's latest close count as computed for it.
ALTER TABLE linkage_month ADD COLUMN closing INT;
UPDATE linkage_month SET closing = (SELECT s.closings FROM month_state s WHERE s.month = linkage_month.month)
    WHERE closed_at = (SELECT s.closed_at FROM month_state s WHERE s.month = linkage_month.month);
