-- The import ledger: every goods line of every import declared and not cancelled, for the re-export
-- check of later exports (docs/screening.md, "Possible re-exports"). Written in the transaction of the
-- command that declares, amends or cancels the import; refilled from the events at start when
-- import_ledger_rebuilt has no row (so on the first start after this migration too).
CREATE TABLE import_ledger (
    consignment_id      VARCHAR(64)    NOT NULL,
    line_number         INTEGER        NOT NULL,
    reference           VARCHAR(35)    NOT NULL,
    declared_at         TIMESTAMPTZ    NOT NULL,
    border_post         VARCHAR(80)    NOT NULL,
    hs6                 CHAR(6)        NOT NULL,
    hs_code             VARCHAR(10)    NOT NULL,
    country_of_origin   CHAR(2)        NOT NULL,
    quantity            NUMERIC(16, 3) NOT NULL,
    unit                VARCHAR(3)     NOT NULL,
    value               NUMERIC(15, 2) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    importer_identifier VARCHAR(80),
    importer_address    VARCHAR(300),
    importer_name       VARCHAR(210),
    PRIMARY KEY (consignment_id, line_number)
);
CREATE INDEX import_ledger_hs6_declared ON import_ledger (hs6, declared_at);

-- One row once the ledger holds every import of the event store; deleting it refills the ledger at the next start.
CREATE TABLE import_ledger_rebuilt (
    rebuilt_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
