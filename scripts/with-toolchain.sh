#!/usr/bin/env bash
# Runs a command with the project's Node.js 22 and pnpm on PATH: `bash scripts/with-toolchain.sh pnpm -r typecheck`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$ROOT"
exec "$@"
