# Sourced by build_deb.sh and build_tarball.sh: what both packages are made from.
# Sets bundle, out, version and app_id, and the say/fail helpers tagged with $tag.
# Usage (after `cd` to the repository root): tag=deb; . scripts/package_inputs.sh "$@"

say() { printf '[%s] %s\n' "$tag" "$*" >&2; }
fail() { printf '[%s] FAILED: %s\n' "$tag" "$*" >&2; exit 1; }

bundle=$(realpath -m "${BUNDLE:-dist/peerjournal}")
out=$(realpath -m "${OUT:-dist}")
version="${1:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' peerjournal/__init__.py)}"
app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' peerjournal/__init__.py)
[ -x "$bundle/peerjournal" ] || fail "no bundle at $bundle: run scripts/build_bundle.sh first"
