#!/usr/bin/env bash
# Side-by-side benchmark on loopback: the same JS server (bench/server.js) under h2js and under
# node, and x/net/http2 (bench/goserver) as the pure-Go ceiling, each driven by h2load in
# alternating order for several rounds. Prints the median req/s (MB/s for the 1 MB body) per
# scenario and the ratios ours/node and ours/go, then the client benchmark (bench/client.js).
#
# Then the idle-memory comparison: the server's RSS (from /proc/PID/status) before and after
# IDLE client sessions (bench/idle.js under node) connected to it and left idle.
#
#   bench/run.sh [--smoke]        ROUNDS=3 N=50000 IDLE=1000 by default; --smoke: 1 round, N=2000,
#                                 IDLE=100; ONLY=rps or ONLY=idle runs one part
#
# ONLY=growth (not part of the default run) is the RSS growth check: one server, GROWTH_N
# requests (default 1000000, h2load -c10 -m10, h2c), its RSS sampled every GROWTH_EVERY seconds
# (default 10) into bench/out/growth-IMPL.txt; prints RSS before, the maximum during the run, right
# after it and after GROWTH_SETTLE seconds idle (default 5). GROWTH_IMPLS="h2js node" compares.
set -u
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
N=${N:-50000}
IDLE=${IDLE:-1000}
ONLY=${ONLY:-all} # all | rps (throughput and client) | idle | growth (not in all)
if [[ "${1:-}" == "--smoke" ]]; then ROUNDS=1; N=2000; IDLE=100; fi
command -v h2load >/dev/null || { echo "bench: h2load not found (apt-get install nghttp2-client)"; exit 1; }
out=bench/out
mkdir -p "$out"
go build -o "$out/h2js" ./cmd/h2js || exit 1
go build -o "$out/goserver" ./bench/goserver || exit 1
export FIXTURES="$PWD/js-tests/fixtures"

pid=""
start_server() { # impl mode -> sets port
  local impl=$1 mode=$2 log="$out/server-$1-$2.log"
  # A stale log from the previous run of the same server would show its old port before the new
  # process truncates the file (the redirection happens in the background child): start empty.
  rm -f "$log"
  : >"$log"
  case $impl in
    h2js) "$out/h2js" bench/server.js "$mode" 0 >"$log" 2>&1 & ;;
    node) node bench/server.js "$mode" 0 >"$log" 2>&1 & ;;
    go) "$out/goserver" "$mode" 0 >"$log" 2>&1 & ;;
  esac
  pid=$!
  port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's/^listening \([0-9]*\)$/\1/p' "$log")
    [[ -n "$port" ]] && return 0
    sleep 0.05
  done
  { echo "bench: $impl $mode did not start:"; tail -5 "$log"; } >&2
  kill "$pid" 2>/dev/null
  return 1
}
stop_server() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=""; }
trap 'stop_server' EXIT

# measure impl mode clients streams -> prints req/s (or MB/s when mode=big)
measure() {
  local impl=$1 mode=$2 c=$3 m=$4 scheme=http n=$N
  [[ $mode == tls ]] && scheme=https
  [[ $mode == big ]] && n=$((N / 50 + 100))
  start_server "$impl" "$mode" || { echo 0; return; }
  local res
  res=$(h2load -n "$n" -c "$c" -m "$m" "$scheme://127.0.0.1:$port/" 2>&1)
  stop_server
  if ! grep -q "succeeded, 0 failed, 0 errored" <<<"$res"; then
    echo "bench: $impl $mode had failures: $(grep -E '^requests:' <<<"$res")" >&2
  fi
  if [[ $mode == big ]]; then
    # h2load scales the unit (KB/s, MB/s, GB/s): report MB/s.
    sed -n 's/^finished in .*req\/s, \([0-9.]*\)\([KMG]\)B\/s.*/\1 \2/p' <<<"$res" |
      awk '{ f = ($2 == "G") ? 1024 : ($2 == "K") ? 1/1024 : 1; printf "%.2f\n", $1 * f }'
  else
    sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' <<<"$res"
  fi
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print 0; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

if [[ $ONLY == all || $ONLY == rps ]]; then
printf '%-22s %12s %12s %12s %10s %10s\n' scenario h2js node go ours/node ours/go
for spec in "h2c c10m10:h2c:10:10" "h2c c1m1 (latency):h2c:1:1" "tls c10m10:tls:10:10" "1MB body (MB/s):big:10:1" "compat request:compat:10:10"; do
  IFS=: read -r label mode c m <<<"$spec"
  declare -A vals=([h2js]="" [node]="" [go]="")
  for r in $(seq 1 "$ROUNDS"); do
    if (( r % 2 )); then order="h2js node go"; else order="go node h2js"; fi
    for impl in $order; do
      v=$(measure "$impl" "$mode" "$c" "$m")
      vals[$impl]+="${v:-0}"$'\n'
    done
  done
  h=$(printf '%s' "${vals[h2js]}" | median)
  n=$(printf '%s' "${vals[node]}" | median)
  g=$(printf '%s' "${vals[go]}" | median)
  printf '%-22s %12s %12s %12s %10s %10s\n' "$label" "$h" "$n" "$g" "$(ratio "$h" "$n")" "$(ratio "$h" "$g")"
done

echo
echo "client: $((N / 50 * 10)) requests, 10 in flight, against the Go server"
start_server go h2c || exit 1
for impl in h2js node; do
  cmd=("$out/h2js"); [[ $impl == node ]] && cmd=(node)
  s=$(date +%s.%N)
  ok=1
  "${cmd[@]}" bench/client.js "http://127.0.0.1:$port" $((N / 50 * 10)) 10 >"$out/client-$impl.log" 2>&1 || ok=0
  e=$(date +%s.%N)
  rps=$(awk -v s="$s" -v e="$e" -v n=$((N / 50 * 10)) 'BEGIN { printf "%.0f", n / (e - s) }')
  if [[ $ok == 0 ]]; then
    echo "bench: $impl client failed: $(tail -3 "$out/client-$impl.log")" >&2
    rps=0
  fi
  printf 'client %-6s %10s req/s\n' "$impl" "$rps"
  eval "client_$impl=$rps"
done
stop_server
echo "client ours/node: $(ratio "$client_h2js" "$client_node")"
fi


if [[ $ONLY == all || $ONLY == idle ]]; then
echo
echo "idle: server RSS before and with $IDLE idle client sessions (node bench/idle.js), h2c"
rss_of() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null; }
idle_rss() { # impl -> prints "rss_kB_before rss_kB_with_sessions"
  start_server "$1" h2c || { echo "0 0"; return; }
  local base log="$out/idle-$1.log" cpid rss
  # Settle before the baseline as after the sessions: start-up garbage is released only once a
  # server is idle (h2js: about a second, cmd/h2js/idlegc.go), and a baseline taken before that
  # would be too high and the per-session figure too low.
  sleep 3
  base=$(rss_of "$pid")
  node bench/idle.js "http://127.0.0.1:$port" "$IDLE" >"$log" 2>&1 &
  cpid=$!
  for _ in $(seq 1 1200); do
    grep -q '^ready' "$log" && break
    kill -0 "$cpid" 2>/dev/null || break
    sleep 0.1
  done
  sleep 2 # let the server settle (GC, idle buffers)
  rss=$(rss_of "$pid")
  grep -q '^ready' "$log" || echo "bench: idle client against $1 did not finish: $(tail -2 "$log")" >&2
  kill "$cpid" 2>/dev/null
  wait "$cpid" 2>/dev/null
  stop_server
  echo "${base:-0} ${rss:-0}"
}
printf '%-8s %14s %18s %16s\n' server "RSS idle (MB)" "RSS +$IDLE (MB)" "per session (KB)"
for impl in h2js node go; do
  read -r before with <<<"$(idle_rss "$impl")"
  awk -v i="$impl" -v b="$before" -v w="$with" -v n="$IDLE" \
    'BEGIN { printf "%-8s %14.1f %18.1f %16.1f\n", i, b / 1024, w / 1024, (w - b) / n }'
  eval "idle_$impl=$with"
done
echo "idle ours/node (RSS with sessions): $(ratio "$idle_h2js" "$idle_node")"
fi


if [[ $ONLY == growth ]]; then
GROWTH_N=${GROWTH_N:-1000000}
GROWTH_EVERY=${GROWTH_EVERY:-10}
GROWTH_SETTLE=${GROWTH_SETTLE:-5}
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null; }
echo "growth: server RSS over one h2load run of $GROWTH_N requests (-c10 -m10, h2c), sampled every ${GROWTH_EVERY}s"
printf '%-8s %12s %12s %12s %14s %10s %12s\n' server "before (MB)" "max (MB)" "end (MB)" "idle +${GROWTH_SETTLE}s (MB)" "req/s" "failed"
for impl in ${GROWTH_IMPLS:-h2js}; do
  start_server "$impl" h2c || continue
  sleep 3 # settle as for the idle baseline
  samples="$out/growth-$impl.txt"
  before=$(rss_kb "$pid")
  echo "0 $before" >"$samples"
  h2load -n "$GROWTH_N" -c 10 -m 10 "http://127.0.0.1:$port/" >"$out/growth-$impl-h2load.txt" 2>&1 &
  hpid=$!
  t0=$(date +%s)
  while kill -0 "$hpid" 2>/dev/null; do
    sleep "$GROWTH_EVERY"
    echo "$(($(date +%s) - t0)) $(rss_kb "$pid")" >>"$samples"
  done
  wait "$hpid"
  end=$(rss_kb "$pid")
  echo "$(($(date +%s) - t0)) $end" >>"$samples"
  sleep "$GROWTH_SETTLE"
  settled=$(rss_kb "$pid")
  echo "settled $settled" >>"$samples"
  stop_server
  res="$out/growth-$impl-h2load.txt"
  rps=$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' "$res")
  failed=$(sed -n 's/^requests: .* \([0-9]*\) failed.*/\1/p' "$res")
  max=$(awk 'NF == 2 && $1 != "settled" { if ($2 > m) m = $2 } END { print m + 0 }' "$samples")
  awk -v i="$impl" -v b="$before" -v m="$max" -v e="$end" -v s="$settled" -v r="$rps" -v f="${failed:-?}" \
    'BEGIN { printf "%-8s %12.1f %12.1f %12.1f %14.1f %10s %12s\n", i, b / 1024, m / 1024, e / 1024, s / 1024, r, f }'
done
fi
