-- The importer's address and name keys are now romanised (PartyKeys), which can make them several
-- times longer than the text they come from (щ is "shch"): no width limit. Deleting the row of
-- import_ledger_rebuilt refills the ledger with the new keys at the next start.
ALTER TABLE import_ledger ALTER COLUMN importer_address TYPE TEXT, ALTER COLUMN importer_name TYPE TEXT;
DELETE FROM import_ledger_rebuilt;
