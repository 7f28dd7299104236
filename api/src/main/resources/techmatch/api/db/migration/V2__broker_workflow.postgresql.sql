-- PostgreSQL's part of V2 (runs after V2__broker_workflow.sql, in the same transaction; V2__broker_workflow.h2.sql is
-- H2's): the append-only tables refuse UPDATE and DELETE row by row, and TRUNCATE too (H2 refuses TRUNCATE of
-- audit_log through the foreign keys; here the history tables have none pointing at them, so a statement trigger
-- does it). PostgreSQL runs DDL inside the transaction, so this part needs no IF NOT EXISTS to be re-runnable.
-- The function body stays on one line: Migrations splits statements at a ';' that ends a line.
CREATE OR REPLACE FUNCTION techmatch_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only: rows are never updated or deleted (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501'; END $$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION techmatch_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION techmatch_refuse_change();
CREATE TRIGGER decision_history_append_only BEFORE UPDATE OR DELETE ON decision_history
  FOR EACH ROW EXECUTE FUNCTION techmatch_refuse_change();
CREATE TRIGGER decision_history_no_truncate BEFORE TRUNCATE ON decision_history
  FOR EACH STATEMENT EXECUTE FUNCTION techmatch_refuse_change();
CREATE TRIGGER match_transitions_append_only BEFORE UPDATE OR DELETE ON match_transitions
  FOR EACH ROW EXECUTE FUNCTION techmatch_refuse_change();
CREATE TRIGGER match_transitions_no_truncate BEFORE TRUNCATE ON match_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION techmatch_refuse_change();
