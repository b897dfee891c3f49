-- The auditor's actor filter compares user ids in any case ("S.Karimov" finds s.karimov's events):
-- the index on the actor is rebuilt on the lower-cased user id, which the search compares with the
-- lower-cased filter. lower() is immutable, so it can sit in an index over the immutable audit_user_id.
DROP INDEX domainevententry_user_id_idx;
CREATE INDEX domainevententry_user_id_idx ON domainevententry (lower(audit_user_id(metadata)), globalindex);
