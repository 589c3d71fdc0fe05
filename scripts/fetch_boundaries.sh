#!/usr/bin/env bash
# Fetch the country boundaries that ship with claimbrief and check them against
# src/claimbrief/data/world/PROVENANCE.yaml.
#
#   scripts/fetch_boundaries.sh          fetch world-atlas from the npm registry, verify, copy in
#   scripts/fetch_boundaries.sh --check  only verify the files already in the package (offline)
#
# The data is Natural Earth (public domain) as TopoJSON, redistributed by the npm package
# world-atlas.  claimbrief never downloads anything at run time; this script is run by hand
# when the shipped data is to be refreshed, and the new checksums are then written into
# PROVENANCE.yaml on purpose (the script refuses files whose checksum differs).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
world="$root/src/claimbrief/data/world"
provenance="$world/PROVENANCE.yaml"

# origin.package / origin.version, and each file's sha256, as recorded in the provenance sidecar.
package="$(awk '/^origin:/{o=1} o && /^  package:/{print $2; exit}' "$provenance")"
version="$(awk '/^origin:/{o=1} o && /^  version:/{print $2; exit}' "$provenance")"
files="$(awk '/^  - path:/{print $3}' "$provenance")"

expected_sha256() {
    awk -v f="$1" '/^  - path:/{p=($3==f)} p && /^    sha256:/{print $2; exit}' "$provenance"
}

verify() {  # verify DIR: every listed file in DIR matches its recorded sha256
    local dir="$1" status=0 f want got
    for f in $files; do
        want="$(expected_sha256 "$f")"
        got="$(sha256sum "$dir/$f" | cut -d' ' -f1)"
        if [[ "$got" == "$want" ]]; then
            echo "ok        $f  $got"
        else
            echo "MISMATCH  $f  expected $want, got $got" >&2
            status=1
        fi
    done
    return $status
}

if [[ "${1:-}" == "--check" ]]; then
    verify "$world"
    exit $?
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$package@$version" >/dev/null && tar -xzf ./*.tgz)
verify "$tmp/package"
for f in $files; do
    cp "$tmp/package/$f" "$world/$f"
done
echo "copied $package@$version ($(echo $files)) into ${world#"$root"/}"
