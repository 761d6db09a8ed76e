#!/usr/bin/env bash
# `pnpm bench`: the benchmark (bench/run.mjs) on production builds of the CMS and the site.
# Installs, builds what changed (as scripts/test.sh does), finds Chromium for the page-weight
# and Lighthouse phases, then runs it. Results: bench/results/latest.{json,md}.
# Quick run: BENCH_DURATION=3 BENCH_SKIP=lighthouse,growth pnpm bench (see bench/README.md).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Build output goes to stderr: stdout carries only the results table.
{
  install_deps
  build_cms
  build_web
} >&2
ensure_chromium
export CHROME_PATH="${CHROME_PATH:-$CHROMIUM_PATH}"
say "Running the benchmark…"
exec node bench/run.mjs
