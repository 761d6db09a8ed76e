#!/usr/bin/env bash
# The README's second command: every test. Builds what the browser tests drive (the CMS admin
# panel and the production site), finds or installs Chromium, then runs every vitest project.
# With TEST_DATABASE_URL set (postgres://…), the CMS suite runs a second time on PostgreSQL,
# each test file on a fresh database created on that server.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
install_deps
build_cms
build_web
ensure_chromium
pg_url="${TEST_DATABASE_URL:-}"
say "Running every test (CMS on SQLite)…"
env -u TEST_DATABASE_URL pnpm exec vitest run "$@"
if [ -n "$pg_url" ]; then
  say "Running the CMS tests on PostgreSQL…"
  TEST_DATABASE_URL="$pg_url" pnpm exec vitest run --project cms "$@"
fi
