
CREATE TRIGGER IF NOT EXISTS audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
  FOR EACH ROW CALL 'techmatch.api.db.AppendOnlyTrigger';
CREATE TRIGGER IF NOT EXISTS decision_history_append_only BEFORE UPDATE, DELETE ON decision_history
  FOR EACH ROW CALL 'techmatch.api.db.AppendOnlyTrigger';
CREATE TRIGGER IF NOT EXISTS match_transitions_append_only BEFORE UPDATE, DELETE ON match_transitions
  FOR EACH ROW CALL 'techmatch.api.db.AppendOnlyTrigger';
