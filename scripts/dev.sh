#!/usr/bin/env bash
# Development: the CMS with auto-reload (strapi develop) and the site with hot reload (nuxt dev).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
install_deps
setup_env
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM
(cd cms && exec pnpm exec strapi develop --no-watch-admin) &
pids+=($!)
if [ -d web ]; then
  (cd web && exec pnpm exec nuxt dev) &
  pids+=($!)
fi
wait -n "${pids[@]}"
