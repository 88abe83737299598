-- New and exited households of the 全区 roll-up are counted from the two months' heads read once
-- each (aggregate.MonthHeads), not through an index on heads: resolve inserted into that index at
-- a random place for every household, which on a city's month was most of its writing once the
-- index outgrew the database's cache.
DROP INDEX household_head ON household;
