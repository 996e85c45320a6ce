-- The state store as SQLite has it, one table per concern; times are epoch milliseconds
-- (BIGINT) where the code compares them, JSON is kept as text so both backends map rows alike.
CREATE TABLE feedback (
  id BIGSERIAL PRIMARY KEY,
  channel TEXT NOT NULL, user_id TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')), comment TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE conversations (
  id TEXT PRIMARY KEY, channel TEXT NOT NULL, name TEXT NOT NULL, reference TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE conversation_topics (
  conversation_id TEXT PRIMARY KEY, topic TEXT NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE answers (
  id TEXT PRIMARY KEY, channel TEXT NOT NULL, conversation_id TEXT, question TEXT NOT NULL, answer TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE INDEX answers_by_conversation ON answers (conversation_id);
CREATE TABLE conversation_askers (
  conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (conversation_id, user_id));
CREATE TABLE deliveries (key TEXT PRIMARY KEY, claimed_at BIGINT NOT NULL);
CREATE INDEX deliveries_by_age ON deliveries (claimed_at);
CREATE TABLE outbox (
  key TEXT PRIMARY KEY, kind TEXT NOT NULL, channel TEXT NOT NULL, target TEXT NOT NULL,
  conversation TEXT NOT NULL, label TEXT NOT NULL, parts TEXT NOT NULL, context TEXT, expires_at BIGINT,
  status TEXT NOT NULL, sent_ids TEXT NOT NULL DEFAULT '[]', attempting INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL,
  lease_owner TEXT, lease_until BIGINT, last_error TEXT, failure TEXT,
  created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, sent_at BIGINT);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_conversation ON outbox (conversation);
CREATE TABLE flagged_conversations (id TEXT PRIMARY KEY, reason TEXT NOT NULL, flagged_at BIGINT NOT NULL);
CREATE TABLE slack_installations (
  key TEXT PRIMARY KEY, team_id TEXT, enterprise_id TEXT, is_enterprise_install BOOLEAN NOT NULL,
  bot_token TEXT NOT NULL, bot_user_id TEXT NOT NULL, bot_id TEXT, installer_user_id TEXT NOT NULL,
  scopes TEXT NOT NULL, raw TEXT NOT NULL, installed_at TIMESTAMPTZ NOT NULL DEFAULT now());
