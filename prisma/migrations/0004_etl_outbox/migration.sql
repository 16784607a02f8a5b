-- ETL outbox (issue 6): every insert, update and delete of a table the indicators read records the
-- row's key in etl_changes, stamped by Postgres with the writing transaction (txid). The ETL reads
-- the keys of finished transactions ([checkpoint, snapshot xmin)), re-reads those rows whole and
-- writes a tombstone for the ones that are gone; so late commits, updates and deletes all reach
-- ClickHouse, whoever wrote them (the API, the seed, an admin at psql). Cases are not listed: every
-- case change already appends a case_event stamped with its txid, which the case stream reads.
-- Statement-level triggers with transition tables: one INSERT ... SELECT per statement, so a
-- COPY of a million rows costs one set-based insert rather than a million trigger calls.
-- (A trigger with transition tables may name only one event, hence three per table.)
CREATE OR REPLACE FUNCTION etl_capture() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    EXECUTE format('INSERT INTO etl_changes (entity, entity_id) SELECT DISTINCT %L, (%I)::text FROM old_rows', TG_TABLE_NAME, TG_ARGV[0]);
  ELSE
    EXECUTE format('INSERT INTO etl_changes (entity, entity_id) SELECT DISTINCT %L, (%I)::text FROM new_rows', TG_TABLE_NAME, TG_ARGV[0]);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
      ('consultations', 'id'), ('evaluations', 'id'), ('survey_calls', 'id'),
      ('rectifications', 'id'), ('catalogue_items', 'id'), ('stations', 'id'), ('agents', 'id'),
      ('case_handoffs', 'id'), ('regions', 'code')) AS v(tbl, key)
  LOOP
    EXECUTE format('CREATE TRIGGER etl_capture_ins AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION etl_capture(%L)', t.tbl, t.key);
    EXECUTE format('CREATE TRIGGER etl_capture_upd AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION etl_capture(%L)', t.tbl, t.key);
    EXECUTE format('CREATE TRIGGER etl_capture_del AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION etl_capture(%L)', t.tbl, t.key);
  END LOOP;
END $$;
