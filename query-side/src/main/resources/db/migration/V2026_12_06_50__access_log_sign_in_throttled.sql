-- Sign-ins refused by the throttle (docs/security.md) are recorded too, as action THROTTLED: nine
-- letters, so the column grows (no rewrite of the table in PostgreSQL) and the check names the new action.

ALTER TABLE access_log ALTER COLUMN action TYPE VARCHAR(16);
ALTER TABLE access_log DROP CONSTRAINT access_log_action_check;
ALTER TABLE access_log ADD CONSTRAINT access_log_action_check CHECK (action IN ('VIEW', 'SEARCH', 'EXPORT', 'THROTTLED'));
