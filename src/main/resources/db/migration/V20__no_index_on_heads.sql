-- New and exited households of the 全区 roll-up are counted with one set of the other month's
-- heads (aggregate.AggregateStore), not by an index on heads: resolve inserted into that index at a
-- random place for every household, which on a city's month is most of its writing once the index
-- outgrows the database's cache.
DROP INDEX household_head ON household;
