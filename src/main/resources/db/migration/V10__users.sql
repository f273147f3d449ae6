-- Users (issue 13): one row per token subject, created on first sight of a valid token. The tier
-- and email are the last ones an identity provider's token carried (the provider is the source of
-- truth); active is changed only by an admin (PATCH /admin/users/{id}), never by a sighting.
CREATE TABLE users (
  id        text PRIMARY KEY,
  email     text,
  tier      text NOT NULL,
  active    boolean NOT NULL DEFAULT true,
  created   timestamptz NOT NULL,
  last_seen timestamptz NOT NULL
);
-- GET /admin/users lists by creation (newest first), optionally only the active or inactive ones
CREATE INDEX users_created ON users (created DESC, id);
CREATE INDEX users_active_created ON users (active, created DESC, id);
