#!/usr/bin/env bash
# Sets up what is missing, then serves Neuron Lab at http://127.0.0.1:8080 with `trunk serve`
# (rebuilds and reloads on every change). Extra arguments go to trunk, e.g. --release.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
exec trunk serve "$@"
