#!/usr/bin/env bash
# Copies the page's map data and its TopoJSON reader out of their npm packages into
# src/main/resources/web/vendor/, so the page needs nothing from the network at run time.
#   world-atlas 2.0.2      countries-110m.json (Natural Earth 1:110m country outlines, public domain; ISC)
#   topojson-client 3.1.0  dist/topojson-client.min.js (ISC)
# With --check the packages are fetched again and compared with the committed copies.
# Needs npm (the npm registry) and sha256sum.
set -euo pipefail
cd "$(dirname "$0")/../resources/web/vendor"
check=false
[[ "${1:-}" == "--check" ]] && check=true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null)
for p in world-atlas-2.0.2 topojson-client-3.1.0; do
    mkdir -p "$work/$p" && tar xzf "$work/$p.tgz" -C "$work/$p"
done
copy() { # from to
    if $check; then
        cmp -s "$1" "$2" || { echo "differs: $2" >&2; exit 1; }
    else
        cp "$1" "$2"
    fi
}
copy "$work/world-atlas-2.0.2/package/countries-110m.json" countries-110m.json
copy "$work/world-atlas-2.0.2/package/LICENSE" LICENSE.world-atlas
copy "$work/topojson-client-3.1.0/package/dist/topojson-client.min.js" topojson-client.min.js
copy "$work/topojson-client-3.1.0/package/LICENSE" LICENSE.topojson-client
$check && echo "vendor files match world-atlas 2.0.2 and topojson-client 3.1.0"
sha256sum countries-110m.json topojson-client.min.js
