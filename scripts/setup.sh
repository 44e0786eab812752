#!/usr/bin/env bash
# Installs whatever Neuron Lab needs that this machine lacks, and skips what is already there.
#
#   scripts/setup.sh          what serving and building need: the wasm32 target, trunk,
#                             wasm-bindgen-cli (the version in Cargo.lock), wasm-opt (npm
#                             binaryen), terser, the crates (cargo fetch, for offline builds)
#   scripts/setup.sh --test   also what the tests need: Debian's chromium and chromium-driver,
#                             a Chinese font, and the npm test tools (playwright-core, axe-core,
#                             scorm-again and adm-zip for the course packages' tests)
#
# Only crates.io, npm and Debian's packages are used: nothing is downloaded from anywhere else.
# Source this file's effect on PATH with scripts/env.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
want_test_tools=false
[ "${1:-}" = "--test" ] && want_test_tools=true

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=false
apt_install() {
  if ! $apt_updated; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

if ! have cargo || ! have rustup; then
  echo "Neuron Lab needs Rust (cargo and rustup); install it first." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  step "Installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: its published lock pins a webpki-roots version this index lacks.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! have node || ! have npm; then
  step "Installing Node.js and npm (Debian)"
  apt_install nodejs npm
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] ||
  [ ! -d node_modules/axe-core ] || [ ! -d node_modules/terser ] || [ ! -d node_modules/scorm-again ] ||
  [ ! -d node_modules/adm-zip ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm tools (binaryen's wasm-opt, terser, playwright-core, axe-core, scorm-again, adm-zip)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! cargo fetch --locked --offline >/dev/null 2>&1; then
  step "Fetching crates"
  cargo fetch --locked
fi

if $want_test_tools; then
  if ! have chromium || ! have chromedriver; then
    step "Installing Chromium and ChromeDriver (Debian)"
    apt_install chromium chromium-driver
  fi
  # A font with Chinese characters, so that the zh-CN page renders (and measures) as it would
  # on a learner's machine instead of as empty boxes.
  if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    step "Installing a Chinese font (Debian fonts-wqy-microhei)"
    apt_install fonts-wqy-microhei
  fi
fi
