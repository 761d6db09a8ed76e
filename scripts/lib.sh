# shellcheck shell=bash
# Shared by the entry scripts: toolchain, dependencies, .env files and builds, each done once.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/toolchain.sh
source "$ROOT/scripts/toolchain.sh"

install_deps() {
  say "Installing dependencies (pnpm $(pnpm --version))…"
  pnpm install --frozen-lockfile --reporter=append-only 2>&1 | { grep -v '^Progress' || true; } | tail -n 5
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

# Value of KEY in an app's .env (empty when unset).
env_value() { # app key
  sed -n "s/^$2=//p" "$ROOT/$1/.env" 2>/dev/null | tail -n 1
}

wait_for_url() { # url label [seconds]
  local url="$1" label="$2" limit="${3:-180}" waited=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    sleep 1
    waited=$((waited + 1))
    if [ "$waited" -ge "$limit" ]; then
      echo "$label did not answer at $url within ${limit}s" >&2
      return 1
    fi
  done
}

# Debian's chromium for the browser tests: found, or installed with apt when we can. Liberation
# Serif is the local serif the fallback-font test measures (web/modules/font-fallbacks.ts).
ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return; fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then export CHROMIUM_PATH="$candidate"; return; fi
  done
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    say "Installing Debian's chromium for the browser tests…"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-liberation >/dev/null
    export CHROMIUM_PATH=/usr/bin/chromium
    return
  fi
  echo "The browser tests need Chromium: install Debian's 'chromium' package or set CHROMIUM_PATH." >&2
  exit 1
}
