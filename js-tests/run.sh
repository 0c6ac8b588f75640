#!/usr/bin/env bash
# Differential test runner: every js-tests/*.js runs under real `node` and under `h2js`.
# A script passes when both exit with the expected status (0 unless the script says
# `// expect-exit: N` in its first lines) and, for scripts marked `// compare-stdout`, print the
# same stdout. Usage: js-tests/run.sh [pattern]   (pattern filters file names, e.g. "stream-")
set -u
cd "$(dirname "$0")/.."
mkdir -p bin
go build -o bin/h2js ./cmd/h2js || { echo "js-tests: build failed"; exit 1; }
command -v node >/dev/null || { echo "js-tests: node not found"; exit 1; }

pattern="${1:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
failed=()

run_one() { # runtime file outprefix
  local rt=$1 f=$2 out=$3
  (cd js-tests && timeout 60 "$rt" "$(basename "$f")" >"$out.stdout" 2>"$out.stderr" </dev/null)
  echo $?
}

for f in js-tests/*.js; do
  name=$(basename "$f" .js)
  [[ -n "$pattern" && "$name" != *"$pattern"* ]] && continue
  expect=$(head -5 "$f" | sed -n 's#^// expect-exit: *\([0-9]*\).*#\1#p')
  expect=${expect:-0}
  n=$(run_one node "$f" "$tmp/$name.node")
  h=$(run_one "$PWD/bin/h2js" "$f" "$tmp/$name.h2js")
  why=""
  [[ "$n" != "$expect" ]] && why="node exited $n (want $expect)"
  [[ "$h" != "$expect" ]] && why="${why:+$why; }h2js exited $h (want $expect)"
  if [[ -z "$why" ]] && head -5 "$f" | grep -q '^// compare-stdout'; then
    cmp -s "$tmp/$name.node.stdout" "$tmp/$name.h2js.stdout" || why="stdout differs"
  fi
  if [[ -z "$why" ]]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    failed+=("$name")
    echo "FAIL $name: $why"
    for rt in node h2js; do
      if [[ -s "$tmp/$name.$rt.stderr" || "$why" == *stdout* ]]; then
        echo "--- $rt stderr:"; tail -20 "$tmp/$name.$rt.stderr"
      fi
    done
    if [[ "$why" == *stdout* ]]; then
      diff "$tmp/$name.node.stdout" "$tmp/$name.h2js.stdout" | head -20
    fi
  fi
done
[[ $fail -gt 0 ]] && echo "failed: ${failed[*]}"
echo "js-tests: $pass passed, $fail failed"
[[ $fail -eq 0 && $pass -gt 0 ]]
