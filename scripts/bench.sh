#!/usr/bin/env bash
# Sets up what is missing, builds the release page, and prints the benchmark's table.
# `scripts/bench.sh --playground DIR` adds TF Playground's build in DIR to the first-plot table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
. scripts/env.sh
trunk build --release
node scripts/bench.mjs "$@"
