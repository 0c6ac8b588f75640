#!/usr/bin/env bash
# Runs every test of the project: formatting and vet, the Go tests with the race detector, and the
# differential js-tests under node and h2js. This is the command README.md and .ci/run use.
set -u
cd "$(dirname "$0")/.."
status=0
step() { echo; echo "==> $*"; }

step gofmt
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [[ -n "$unformatted" ]]; then echo "gofmt would change:"; echo "$unformatted"; status=1; fi

step go vet
go vet ./... || status=1

step "go test -race"
go test -race -timeout 20m -count=1 ./... || status=1

step "short fuzz runs (frame input, server and client; header conversion)"
# Every fuzz target of the tree, FUZZTIME (10 s) each; a target missing from this list fails CI.
fuzz_targets=(./bindings/:FuzzServerFrames ./bindings/:FuzzClientFrames ./jsapi/:FuzzHeaderConversion)
for t in "${fuzz_targets[@]}"; do
  go test -run='^$' -fuzz="^${t#*:}\$" -fuzztime="${FUZZTIME:-10s}" "${t%%:*}" || status=1
done
all=$(grep -rhoE --include='*_test.go' '^func Fuzz[A-Za-z0-9_]+' . | sed 's/^func //' | sort -u)
for f in $all; do
  [[ " ${fuzz_targets[*]} " == *":$f "* ]] || { echo "fuzz target $f is not run by scripts/test.sh"; status=1; }
done

step js-tests
js-tests/run.sh || status=1

exit $status
