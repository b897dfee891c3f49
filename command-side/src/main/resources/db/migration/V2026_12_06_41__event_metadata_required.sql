-- Axon always stores metadata (at least {}), and its event stream dereferences it before any handler runs:
-- a row without it would stop every event processor at that row, out of reach of the dead-letter queues.
ALTER TABLE domainevententry ALTER COLUMN metadata SET NOT NULL;
ALTER TABLE snapshotevententry ALTER COLUMN metadata SET NOT NULL;
