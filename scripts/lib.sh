# shellcheck shell=bash
# Shared by the entry scripts: toolchain, dependencies, .env files and builds, each done once.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/toolchain.sh
source "$ROOT/scripts/toolchain.sh"

install_deps() {
  say "Installing dependencies (pnpm $(pnpm --version))…"
  pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -v '^Progress' | tail -n 5
}

setup_env() {
  node scripts/setup-env.mjs
}

# Rebuild only when sources changed since the last build (a content hash of the tracked inputs).
stamp_of() { # dir, paths...
  local dir="$1"; shift
  (cd "$dir" && find "$@" -type f ! -path '*/node_modules/*' -print0 2>/dev/null | sort -z | xargs -0 sha1sum | sha1sum | cut -c1-40)
}

build_cms() {
  local stamp; stamp="$(stamp_of cms src config package.json tsconfig.json)"
  if [ -f cms/dist/.stamp ] && [ "$(cat cms/dist/.stamp)" = "$stamp" ] && [ -d cms/dist/build ]; then
    say "CMS build is up to date."
    return
  fi
  say "Building the CMS (admin panel and server)…"
  (cd cms && pnpm exec strapi build)
  echo "$stamp" > cms/dist/.stamp
}

build_web() {
  [ -d web ] || return 0
  local stamp; stamp="$(stamp_of web app server public shared nuxt.config.ts package.json)$(stamp_of packages/api src schema.graphql)"
  if [ -f web/.output/.stamp ] && [ "$(cat web/.output/.stamp)" = "$stamp" ]; then
    say "Site build is up to date."
    return
  fi
  say "Building the site…"
  (cd web && pnpm exec nuxt build)
  echo "$stamp" > web/.output/.stamp
}
