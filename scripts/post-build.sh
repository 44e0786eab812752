#!/bin/sh
# Trunk's post-build hook (Trunk.toml): makes what the page serves smaller, in the staging folder
# Trunk is about to publish, without changing what it does.
#   - locales/*.ftl: the comments for translators stay in the repository; the page does not need
#     them. Every comment line goes (a line starting with #, which Fluent never lets a message's
#     text begin with) and runs of blank lines shrink to one: English 34.6 -> 27.1 KB gzip.
#   - the wasm-bindgen glue (release only): minified by terser (npm, installed by setup.sh),
#     11.1 -> 8.3 KB gzip. Debug builds keep it readable.
#   - embed links: a binary of each widget alone (release only; scripts/build-embeds.mjs);
#   - index.html: its inline scripts are allowed by hash in the Content-Security-Policy
#     (scripts/csp-hashes.mjs), last, once nothing else changes the html.
set -eu
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$(dirname "$0")/.."

for f in "$TRUNK_STAGING_DIR"/locales/*.ftl; do
  sed '/^#/d' "$f" | cat -s > "$f.tmp"
  mv "$f.tmp" "$f"
done

if [ "${TRUNK_PROFILE:-}" = release ]; then
  for f in "$TRUNK_STAGING_DIR"/*.js; do
    [ "$(basename "$f")" = sw.js ] && continue
    node node_modules/terser/bin/terser "$f" --module --compress --mangle --output "$f.tmp"
    mv "$f.tmp" "$f"
  done
  # Each widget's own binary and messages, for embed links, and the loader that chooses
  # (scripts/build-embeds.mjs; about 50 s a widget when the sources changed, 2 s when not).
  # NEURON_LAB_EMBEDS=0 skips them (embed links then load the lesson's binary): for quick
  # rebuilds while working on the lesson, never for what is tested or shipped.
  if [ "${NEURON_LAB_EMBEDS:-1}" != 0 ]; then
    node scripts/build-embeds.mjs "$TRUNK_STAGING_DIR"
  fi
fi

node scripts/csp-hashes.mjs
