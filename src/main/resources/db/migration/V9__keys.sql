-- API keys (issue 13). Access keys are stored only as SHA-256(pepper || key) in hex plus their
-- first 8 characters; tier is the creator's tier when the key was made. Provider credentials are
-- AES-256-GCM ciphertexts (tag appended) with their 96-bit nonce and the master key version.
CREATE TABLE api_keys (
  id           text PRIMARY KEY,
  user_id      text NOT NULL,
  name         text NOT NULL,
  key_hash     text NOT NULL UNIQUE,
  prefix       text NOT NULL,
  scopes       text NOT NULL,
  tier         text NOT NULL,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_keys_user_created ON api_keys (user_id, created_at DESC, id);

CREATE TABLE provider_credentials (
  id          text PRIMARY KEY,
  user_id     text NOT NULL,
  provider    text NOT NULL,
  name        text NOT NULL,
  nonce       bytea NOT NULL CHECK (octet_length(nonce) = 12),
  ciphertext  bytea NOT NULL,
  key_version text NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE INDEX provider_credentials_user_created ON provider_credentials (user_id, created_at DESC, id);
