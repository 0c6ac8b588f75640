#!/usr/bin/env bash
# Soak test (not run in CI): an h2js server under mixed load on loopback for DURATION seconds,
# printing its RSS, open fds, threads and goroutines every INTERVAL seconds, then a summary.
# Load, all at once and in loops until the time is up:
#   - h2load: small GETs over many connections/streams, and 256 KB downloads
#   - a JS client under h2js: new sessions all the time, GETs, POST echoes, cancelled downloads
#     (RST_STREAM while the server writes), pings, requests that time out, sessions destroyed
#     with streams open
#   - the server also answers /rst by resetting and /slow after a delay
#
#   bench/soak-mixed.sh                DURATION=600 INTERVAL=15 (10 minutes)
#   DURATION=150 bench/soak-mixed.sh   a 2.5-minute run
set -u
cd "$(dirname "$0")/.."
DURATION=${DURATION:-600}
INTERVAL=${INTERVAL:-15}
(( DURATION > 0 && DURATION <= 86400 )) || { echo "soak: DURATION must be 1..86400"; exit 2; }
command -v h2load >/dev/null || { echo "soak: h2load not found (apt-get install nghttp2-client)"; exit 1; }
out=bench/out
mkdir -p "$out"
go build -o "$out/h2js" ./cmd/h2js || exit 1
tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

cat >"$tmp/server.js" <<'EOF'
const http2 = require('node:http2');
const small = Buffer.from('hello world\n');
const big = Buffer.alloc(256 << 10, 'x');
const server = http2.createServer({ settings: { maxConcurrentStreams: 200 } });
server.setTimeout(5000);
server.on('timeout', (s) => s.destroy());
server.on('sessionError', () => {});
server.on('session', (s) => s.on('error', () => {}));
server.on('stream', (stream, h) => {
  stream.on('error', () => {});
  const path = h[':path'];
  if (h[':method'] === 'POST') {
    stream.respond({ ':status': 200 });
    stream.pipe(stream);
    return;
  }
  if (path === '/rst') return stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
  if (path === '/slow') {
    const t = setTimeout(() => { if (!stream.destroyed) { stream.respond(); stream.end(small); } }, 200);
    stream.on('close', () => clearTimeout(t));
    return;
  }
  stream.respond({ ':status': 200, 'content-type': 'text/plain' });
  stream.end(path === '/big' ? big : small);
});
server.listen(+process.argv[2] || 0, '127.0.0.1', () => console.log('listening ' + server.address().port));
EOF

cat >"$tmp/client.js" <<'EOF'
// Churns sessions against the server until the deadline; prints counts at the end.
const http2 = require('node:http2');
const [url, seconds] = [process.argv[2], +process.argv[3]];
const deadline = Date.now() + seconds * 1000;
const count = { sessions: 0, ok: 0, echo: 0, cancelled: 0, refused: 0, timeouts: 0, destroyed: 0, pings: 0, errors: 0 };
function round(done) {
  const client = http2.connect(url);
  count.sessions++;
  client.on('error', () => count.errors++);
  let left = 0;
  const finish = () => { if (--left === 0) client.close(done); };
  const req = (headers, fn) => { left++; const r = client.request(headers); r.on('error', () => {}); r.on('close', finish); fn(r); };
  for (let i = 0; i < 10; i++) req({ ':path': '/' }, (r) => { r.resume(); r.on('end', () => count.ok++); });
  req({ ':path': '/echo', ':method': 'POST' }, (r) => {
    let n = 0;
    r.on('data', (d) => n += d.length);
    r.on('end', () => { if (n === 100000) count.echo++; });
    r.end(Buffer.alloc(100000, 'e'));
  });
  req({ ':path': '/big' }, (r) => r.once('data', () => { r.close(http2.constants.NGHTTP2_CANCEL); count.cancelled++; }));
  req({ ':path': '/rst' }, (r) => { r.resume(); r.on('close', () => { if (r.rstCode === 7) count.refused++; }); });
  req({ ':path': '/slow' }, (r) => { r.setTimeout(50, () => { count.timeouts++; r.close(); }); r.resume(); });
  client.ping(() => count.pings++);
}
function destroyRound(done) {
  const client = http2.connect(url);
  count.sessions++;
  client.on('error', () => {});
  const r = client.request({ ':path': '/slow' });
  r.on('error', () => {});
  setTimeout(() => { client.destroy(); count.destroyed++; done(); }, 20);
}
(function loop(i) {
  if (Date.now() > deadline) { console.log(JSON.stringify(count)); return; }
  (i % 5 === 4 ? destroyRound : round)(() => setImmediate(loop, i + 1));
})(0);
EOF

debug_port=$(( 20000 + RANDOM % 20000 ))
H2JS_DEBUG_ADDR=127.0.0.1:$debug_port "$out/h2js" "$tmp/server.js" >"$tmp/server.log" 2>&1 &
spid=$!
pids+=("$spid")
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/^listening \([0-9]*\)$/\1/p' "$tmp/server.log")
  [[ -n "$port" ]] && break
  sleep 0.05
done
[[ -n "$port" ]] || { echo "soak: server did not start"; cat "$tmp/server.log"; exit 1; }
url=http://127.0.0.1:$port
echo "soak: h2js server pid $spid on $url for ${DURATION}s (debug on 127.0.0.1:$debug_port)"

end=$(( $(date +%s) + DURATION ))
h2load_loop() { # name args...
  local name=$1; shift
  local n=0
  while (( $(date +%s) < end )); do
    timeout $(( end - $(date +%s) + 5 )) h2load "$@" "$url${path:-/}" >"$tmp/h2load-$name.log" 2>&1 || true
    grep -q 'succeeded' "$tmp/h2load-$name.log" && n=$((n + 1))
    grep '^requests:' "$tmp/h2load-$name.log" >>"$tmp/h2load-$name.sum"
  done
  echo "$n" >"$tmp/h2load-$name.runs"
}
path=/ h2load_loop small -n 20000 -c 20 -m 50 & hpids=($!)
path=/big h2load_loop big -n 400 -c 4 -m 10 & hpids+=($!)
pids+=("${hpids[@]}")
"$out/h2js" "$tmp/client.js" "$url" "$DURATION" >"$tmp/client.log" 2>&1 & cpid=$!; pids+=("$cpid")

sample() {
  local rss fds thr gor heap
  rss=$(awk '/^VmRSS/ {print $2}' /proc/$spid/status 2>/dev/null)
  fds=$(ls /proc/$spid/fd 2>/dev/null | wc -l)
  thr=$(awk '/^Threads/ {print $2}' /proc/$spid/status 2>/dev/null)
  gor=$(curl -s --max-time 5 "http://127.0.0.1:$debug_port/debug/pprof/goroutine?debug=1" | sed -n 's/^goroutine profile: total \([0-9]*\).*/\1/p')
  # Live heap after a GC (gc=1): unlike RSS, it does not keep what the Go runtime has not yet
  # returned to the OS, so a leak shows here first.
  heap=$(curl -s --max-time 5 "http://127.0.0.1:$debug_port/debug/pprof/heap?gc=1&debug=1" | sed -n 's/^# HeapInuse = \([0-9]*\)$/\1/p')
  heap=$(( ${heap:-0} / 1024 ))
  printf '%6ds  rss %6d KB  heap in use %6d KB  fds %4s  threads %3s  goroutines %s\n' $(( $(date +%s) - start )) "${rss:-0}" "$heap" "$fds" "$thr" "${gor:-?}"
  echo "${rss:-0} ${fds} ${gor:-0} ${heap} ${thr} $(( $(date +%s) - start ))" >>"$tmp/samples"
}
start=$(date +%s)
sample
while (( $(date +%s) < end )); do
  sleep "$INTERVAL"
  kill -0 "$spid" 2>/dev/null || { echo "soak: SERVER DIED"; cat "$tmp/server.log"; exit 1; }
  sample
done
wait "$cpid" "${hpids[@]}"
sleep 2 # let the last sessions close
echo "after the load stopped:"
sample
echo "JS client: $(tail -1 "$tmp/client.log")"
for n in small big; do
  sleep 0.5
  echo "h2load $n: $(cat "$tmp/h2load-$n.runs" 2>/dev/null || echo '?') runs; last: $(tail -1 "$tmp/h2load-$n.sum" 2>/dev/null)"
  # requests: N total, N started, N done, N succeeded, N failed, N errored, N timeout
  awk -v n="$n" '{t+=$2; d+=$6; s+=$8; f+=$10; e+=$12; o+=$14}
    END {printf "h2load %s, all runs: %d requests, %d done, %d succeeded, %d failed, %d errored, %d timeout\n", n, t, d, s, f, e, o}' \
    "$tmp/h2load-$n.sum" 2>/dev/null
done
echo "server stderr/stdout lines besides 'listening': $(grep -vc '^listening' "$tmp/server.log")"
# first sample, the one in the middle of the run, the last one taken under load, and the one
# after the load stopped.
awk -v dur="$DURATION" '{r[NR]=$1; f[NR]=$2; g[NR]=$3; h[NR]=$4; t[NR]=$5; if ($6 < dur) last=NR; if ($1>m) m=$1; if ($4>mh) mh=$4}
  END {mid=int((last+1)/2); split("1 " mid " " last " " NR, at, " "); split("start middle end after", nm, " ");
    for (i=1; i<=4; i++) printf "%-6s rss %d KB, heap in use %d KB, fds %d, threads %d, goroutines %d\n", nm[i], r[at[i]], h[at[i]], f[at[i]], t[at[i]], g[at[i]];
    printf "peaks: rss %d KB, heap in use %d KB\n", m, mh}' "$tmp/samples"
