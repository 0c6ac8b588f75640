#!/usr/bin/env bash
# Runs Node's own http2 tests (test/parallel/test-http2-*.js of a Node source checkout, with its
# test/common helpers and fixtures) under bin/h2js and under `node`, and prints per test
# PASS/FAIL/SKIP for both plus the totals. Not run by CI: Node's sources are not part of this repo.
#
#   scripts/node-suite.sh NODE_CHECKOUT_DIR [pattern]
#
# pattern filters test file names (a substring, default "test-http2-"). A test passes when it
# exits 0; it is a skip when it exits 0 after printing "1..0 # Skipped". Each run has a timeout of
# TIMEOUT seconds (default 30). The first stderr lines of every h2js failure go to LOG
# (default node-suite.log in the current directory). Only tests that pass under node are counted
# in the "node-passing" line: the checkout may be newer or older than the node on PATH.
# NODE_RESULTS=FILE takes node's column from the table a previous run printed (FILE) instead of
# running node again; tests missing from FILE still run under node.
set -u
node_dir=${1:?usage: scripts/node-suite.sh NODE_CHECKOUT_DIR [pattern]}
pattern=${2:-test-http2-}
timeout_s=${TIMEOUT:-30}
log=${LOG:-$PWD/node-suite.log}
root=$(cd "$(dirname "$0")/.." && pwd)
h2js=${H2JS:-$root/bin/h2js}
if [[ -z "${H2JS:-}" ]]; then
  (cd "$root" && go build -o bin/h2js ./cmd/h2js) || { echo "node-suite: build failed"; exit 1; }
fi
command -v node >/dev/null || { echo "node-suite: node not found"; exit 1; }
node_dir=$(cd "$node_dir" && pwd)
[[ -d "$node_dir/test/parallel" && -d "$node_dir/test/common" ]] ||
  { echo "node-suite: $node_dir has no test/parallel and test/common"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$log"

# classify RUNTIME FILE -> PASS|SKIP|FAIL|TIME (output kept in $tmp/out.*)
classify() {
  local rt=$1 f=$2 rc
  (cd "$node_dir/test/parallel" && NODE_TEST_DIR= timeout -k 5 "$timeout_s" "$rt" "$(basename "$f")" \
    >"$tmp/out.stdout" 2>"$tmp/out.stderr" </dev/null)
  rc=$?
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    echo TIME
  elif [[ $rc -ne 0 ]]; then
    echo "FAIL($rc)"
  elif grep -q '^1\.\.0 # Skipped' "$tmp/out.stdout"; then
    echo SKIP
  else
    echo PASS
  fi
}

declare -A count
total=0
both=0
node_pass=0
h2_on_node_pass=0
printf '%-60s %-9s %s\n' TEST NODE H2JS
for f in "$node_dir"/test/parallel/*.js; do
  name=$(basename "$f")
  [[ "$name" == *"$pattern"* ]] || continue
  [[ "$name" == test-* ]] || continue
  total=$((total + 1))
  n=""
  if [[ -n "${NODE_RESULTS:-}" ]]; then
    n=$(awk -v t="$name" '$1 == t { print $2; exit }' "$NODE_RESULTS")
  fi
  [[ -n "$n" ]] || n=$(classify node "$f")
  h=$(classify "$h2js" "$f")
  if [[ "$h" != PASS && "$h" != SKIP ]]; then
    { echo "== $name: h2js $h (node $n)"; head -c 4000 "$tmp/out.stderr" | head -15;
      grep -v '^NOTE: The test started' "$tmp/out.stdout" | head -5; } >>"$log"
  fi
  printf '%-60s %-9s %s\n' "$name" "$n" "$h"
  count["node ${n%%(*}"]=$(( ${count["node ${n%%(*}"]:-0} + 1 ))
  count["h2js ${h%%(*}"]=$(( ${count["h2js ${h%%(*}"]:-0} + 1 ))
  if [[ "$n" == PASS ]]; then
    node_pass=$((node_pass + 1))
    [[ "$h" == PASS ]] && h2_on_node_pass=$((h2_on_node_pass + 1))
  fi
done
echo
for rt in node h2js; do
  printf '%s: %d passed, %d failed, %d timed out, %d skipped (of %d)\n' "$rt" \
    "${count["$rt PASS"]:-0}" "${count["$rt FAIL"]:-0}" "${count["$rt TIME"]:-0}" "${count["$rt SKIP"]:-0}" "$total"
done
echo "node-passing: h2js passes $h2_on_node_pass of the $node_pass tests node passes"
echo "failure details: $log"
