#!/usr/bin/env bash
# Sets up what is missing, then serves Neuron Lab at http://127.0.0.1:8080 with `trunk serve`
# (it rebuilds and reloads the page on every change of the sources).
#
#   scripts/serve.sh          the optimised build, the one to learn with: the same page as
#                             `trunk build --release` (a first build takes about 2 minutes, a
#                             rebuild after a change about a minute)
#   scripts/serve.sh --dev    the debug build, for developers: rebuilds in seconds, with
#                             overflow checks and debug assertions on (it is 13 MB and slower)
#
# Other arguments go to trunk (for example --port 8081). Each build goes to its own folder under
# target/serve/, so serving never replaces the release build in dist/ that the tests use.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=release
args=()
for arg in "$@"; do
  case "$arg" in
    --dev) profile=dev ;;
    --release) profile=release ;;
    *) args+=("$arg") ;;
  esac
done
scripts/setup.sh
. scripts/env.sh
if [ "$profile" = release ]; then
  args=(--release "${args[@]}")
fi
echo "Serving the $profile build of Neuron Lab at http://127.0.0.1:8080 (Ctrl-C stops it)"
exec trunk serve --dist "target/serve/$profile" "${args[@]}"
