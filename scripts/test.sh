#!/usr/bin/env bash
# Sets up what is missing, then runs every test tier:
#   1. the pure core and the reactive wiring, natively (cargo test);
#   2. component tests in headless Chromium (wasm-bindgen-test);
#   3. the release build and its size report (budget asserted in tier 4);
#   4. end-to-end tests of the real page in headless Chromium (node --test + playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
. scripts/env.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "1/4 Core and wiring tests (native)"
cargo test --workspace --locked --offline

step "2/4 Component tests (wasm, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test components --locked --offline

step "3/4 Release build and size report"
trunk build --release
node scripts/size-report.mjs

step "4/4 End-to-end tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
