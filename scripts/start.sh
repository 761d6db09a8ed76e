#!/usr/bin/env bash
# The README's first command: installs, configures (.env with fresh secrets), builds, seeds the
# demo content on first start and starts the CMS and the site on embedded defaults.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
install_deps
setup_env
build_cms
build_web

cms_port="$(env_value cms PORT)"; cms_port="${cms_port:-1337}"
web_port="$(env_value web PORT)"; web_port="${web_port:-3000}"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

say "Starting the CMS (first start seeds the demo content)…"
(cd cms && exec pnpm exec strapi start) &
pids+=($!)
wait_for_url "http://127.0.0.1:$cms_port/_health" "The CMS"

if [ -d web/.output ]; then
  say "Starting the site…"
  (cd web && set -a && source .env && set +a && exec node .output/server/index.mjs) &
  pids+=($!)
  wait_for_url "http://127.0.0.1:$web_port/" "The site" 60
fi

cat <<SUMMARY

  Site           http://localhost:$web_port
  CMS admin      http://localhost:$cms_port/admin
                 login: $(env_value cms DEMO_ADMIN_EMAIL)  password: $(env_value cms DEMO_ADMIN_PASSWORD)
  GraphQL API    http://localhost:$cms_port/graphql

  Ctrl+C stops everything. Data lives in cms/.tmp (SQLite) and cms/public/uploads.

SUMMARY
wait -n "${pids[@]}"
