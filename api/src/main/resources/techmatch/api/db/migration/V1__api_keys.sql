-- API keys: only the SHA-256 of a key is stored; the key itself is shown once, when it is created.
-- Re-runnable, as every migration must be (see Migrations).
CREATE TABLE IF NOT EXISTS api_keys (
  id           VARCHAR(40)  NOT NULL PRIMARY KEY,
  key_hash     VARCHAR(64)  NOT NULL UNIQUE,
  role         VARCHAR(20)  NOT NULL,
  organisation VARCHAR(128) NOT NULL,
  name         VARCHAR(200) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
