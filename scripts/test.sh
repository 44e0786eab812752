#!/usr/bin/env bash
# Sets up what is missing, then runs every test tier:
#   1. the pure core and the reactive wiring, natively (cargo test);
#   2. component tests in headless Chromium (wasm-bindgen-test);
#   3. the release build and its size report (budget asserted in tier 4);
#   4. end-to-end tests of the real page in headless Chromium (node --test + playwright-core);
#   5. what a newcomer runs: the README's first command, `scripts/serve.sh` (and its `--dev`
#      variant), started, loaded and driven, then stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
. scripts/env.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "1/5 Core and wiring tests (native)"
cargo test --workspace --locked --offline

step "2/5 Component tests (wasm, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test components --locked --offline

step "3/5 Release build and size report"
trunk build --release
node scripts/size-report.mjs

step "4/5 End-to-end tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "5/5 What users run: scripts/serve.sh and scripts/serve.sh --dev (headless Chromium)"
node --test --test-concurrency=1 tests/smoke/
