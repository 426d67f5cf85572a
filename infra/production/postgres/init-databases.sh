#!/bin/bash
# Runs once, when the postgres container initialises an empty data volume.
# Keystone and Temporal get separate roles and databases on the one server;
# neither role can connect to the other's databases.
# (The image's entrypoint may source this file, so no `set -u` and no `exit`.)
set -eo pipefail

: "${KEYSTONE_DB_PASSWORD:?KEYSTONE_DB_PASSWORD must be set}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD must be set}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v keystone_pw="$KEYSTONE_DB_PASSWORD" \
  -v temporal_pw="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE keystone LOGIN PASSWORD :'keystone_pw';
CREATE DATABASE keystone OWNER keystone;
REVOKE ALL ON DATABASE keystone FROM PUBLIC;

-- Temporal's role owns its two databases; temporal-sql-tool creates the schema.
CREATE ROLE temporal LOGIN PASSWORD :'temporal_pw';
CREATE DATABASE temporal OWNER temporal;
CREATE DATABASE temporal_visibility OWNER temporal;
REVOKE ALL ON DATABASE temporal FROM PUBLIC;
REVOKE ALL ON DATABASE temporal_visibility FROM PUBLIC;
SQL
