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

step "short fuzz runs (frame input, server and client)"
for target in FuzzServerFrames FuzzClientFrames; do
  go test -run='^$' -fuzz="^$target\$" -fuzztime="${FUZZTIME:-10s}" ./bindings/ || status=1
done

step js-tests
js-tests/run.sh || status=1

exit $status
