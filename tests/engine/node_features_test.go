package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/goja-node/http2/bindings"
)

// nodeFeaturesClientJS exercises the session-centric surface against our
// server from Node's client: ALTSVC and ORIGIN frames the server sends,
// PING, SETTINGS with ACK, request trailers, a stream cancelled in the
// middle of a download, and requests after all of that.
const nodeFeaturesClientJS = `
const http2 = require('node:http2');
const assert = require('node:assert');
const [url, wantOrigin] = process.argv.slice(2);
const client = http2.connect(url, { rejectUnauthorized: false });
client.on('error', (e) => { console.error('session error:', e); process.exit(1); });
const timeout = (ms, what) => new Promise((_, rej) => setTimeout(() => rej(new Error('timeout: ' + what)), ms).unref());
const withTimeout = (p, what) => Promise.race([p, timeout(10000, what)]);

const altsvc = new Promise((res) => client.on('altsvc', (alt, origin, id) => res({ alt, origin, id })));
const origin = new Promise((res) => client.on('origin', (o) => res(o)));

function request(headers, body, opts) {
  return new Promise((resolve, reject) => {
    const req = client.request(headers, opts);
    let head, trailers;
    const chunks = [];
    req.on('response', (h) => { head = h; });
    req.on('trailers', (t) => { trailers = t; });
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve({ head, trailers, body: Buffer.concat(chunks) }));
    req.on('error', reject);
    if (opts && opts.waitForTrailers) req.on('wantTrailers', () => req.sendTrailers({ 'x-checksum': 'abc' }));
    req.end(body);
  });
}

(async () => {
  const a = await withTimeout(altsvc, 'altsvc');
  assert.deepStrictEqual(a, { alt: 'h2=":8443"; ma=60', origin: 'https://example.org', id: 0 });
  if (wantOrigin === 'yes') {
    const o = await withTimeout(origin, 'origin');
    assert.deepStrictEqual(o, ['https://a.example', 'https://b.example']);
  }

  const pinged = await withTimeout(new Promise((res, rej) => client.ping(Buffer.from('go-node!'), (err, ms, payload) => err ? rej(err) : res(payload))), 'ping');
  assert.strictEqual(pinged.toString(), 'go-node!');

  await withTimeout(new Promise((res, rej) => client.settings({ initialWindowSize: 1 << 20, maxConcurrentStreams: 77 }, (err) => err ? rej(err) : res())), 'settings ack');
  assert.strictEqual(client.localSettings.initialWindowSize, 1 << 20);
  // Our server, like Node's, leaves ENABLE_PUSH out of its SETTINGS: the client keeps the default.
  assert.strictEqual(client.remoteSettings.enablePush, true);

  const body = Buffer.alloc(300000, 'x');
  const t = await withTimeout(request({ ':method': 'POST', ':path': '/echo' }, body, { waitForTrailers: true }), 'trailers request');
  assert.strictEqual(t.head[':status'], 200);
  assert.ok(t.body.equals(body));

  // Cancel a big download after its first chunk.
  const code = await withTimeout(new Promise((res, rej) => {
    const req = client.request({ ':path': '/size/50000000' });
    req.once('data', () => req.close(http2.constants.NGHTTP2_CANCEL));
    req.on('close', () => res(req.rstCode));
    req.on('error', rej);
    req.end();
  }), 'cancel');
  assert.strictEqual(code, http2.constants.NGHTTP2_CANCEL);

  const rs = await withTimeout(Promise.all(Array.from({ length: 5 }, () => request({ ':path': '/' }))), 'after cancel');
  for (const r of rs) assert.strictEqual(r.body.toString(), 'hello world\n');

  const head = await withTimeout(request({ ':method': 'HEAD', ':path': '/size/1234' }), 'HEAD');
  assert.strictEqual(head.head['content-length'], '1234');
  assert.strictEqual(head.body.length, 0);

  client.close(() => console.log('ok'));
})().catch((e) => { console.error(e); process.exit(1); });
`

func TestNodeClientSessionFeatures(t *testing.T) {
	node := findTool(t, "node", nodeInstall)
	script := filepath.Join(t.TempDir(), "features.js")
	if err := os.WriteFile(script, []byte(nodeFeaturesClientJS), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, useTLS := range []bool{false, true} {
		name, wantOrigin := "h2c", "no"
		if useTLS {
			name, wantOrigin = "tls", "yes"
		}
		t.Run(name, func(t *testing.T) {
			srv := startServer(t, useTLS)
			srv.SetOnSession(func(s *bindings.Session) {
				if err := s.Altsvc(0, "https://example.org", `h2=":8443"; ma=60`); err != nil {
					t.Error(err)
				}
				if useTLS {
					if err := s.Origin([]string{"https://a.example", "https://b.example"}); err != nil {
						t.Error(err)
					}
				}
			})
			out := runTool(t, 40*time.Second, node, script, srv.URL(), wantOrigin)
			if strings.TrimSpace(out) != "ok" {
				t.Fatalf("node printed %q", out)
			}
		})
	}
}

// nodeFeaturesServerJS: a Node server with MAX_CONCURRENT_STREAMS 5 that
// sends ALTSVC (and ORIGIN over TLS) on every session, pushes a stream on
// /push, answers /trailers with trailers, /slow after 20 ms with the most
// streams it saw open at once, and GOAWAYs the session on /goaway.
const nodeFeaturesServerJS = `
const http2 = require('node:http2');
const fs = require('node:fs');
const [keyFile, certFile] = process.argv.slice(2);
const settings = { maxConcurrentStreams: 5 };
const server = keyFile
  ? http2.createSecureServer({ key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile), settings })
  : http2.createServer({ settings });
let active = 0, maxActive = 0;
server.on('session', (session) => {
  session.altsvc('h2=":9443"', 'https://node.example');
  if (keyFile) session.origin('https://o1.example');
});
server.on('stream', (stream, headers) => {
  stream.on('error', () => {});
  const path = headers[':path'];
  if (path === '/push') {
    stream.pushStream({ ':path': '/pushed' }, (err, push) => {
      if (err) { stream.respond({ ':status': 500 }); stream.end(String(err)); return; }
      push.on('error', () => {});
      push.respond({ ':status': 200 });
      push.end('pushed body');
      stream.respond({ ':status': 200 });
      stream.end('main body');
    });
    return;
  }
  if (path === '/trailers') {
    stream.respond({ ':status': 200 }, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers({ 'x-trailer': 'yes' }));
    stream.end('with trailers');
    return;
  }
  if (path === '/slow') {
    active++;
    maxActive = Math.max(maxActive, active);
    setTimeout(() => {
      active--;
      stream.respond({ ':status': 200 });
      stream.end('max active ' + maxActive);
    }, 20);
    return;
  }
  if (path === '/goaway') {
    stream.respond({ ':status': 200 });
    stream.end('bye', () => stream.session.goaway(http2.constants.NGHTTP2_NO_ERROR));
    return;
  }
  stream.respond({ ':status': 200 });
  stream.end('hello from node');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`

func TestClientAgainstNodeServerSessionFeatures(t *testing.T) {
	for _, useTLS := range []bool{false, true} {
		name, scheme := "h2c", "http"
		if useTLS {
			name, scheme = "tls", "https"
		}
		t.Run(name, func(t *testing.T) {
			addr := startNodeScript(t, nodeFeaturesServerJS, useTLS)
			c := dialClient(t, addr, useTLS, bindings.DefaultConfig(true))

			// PING round trip and a SETTINGS change with ACK.
			pong := make(chan error, 1)
			if err := c.s.Ping([8]byte{'g', 'o'}, func(_ time.Duration, p [8]byte, err error) {
				if err == nil && p != [8]byte{'g', 'o'} {
					err = fmt.Errorf("payload %q", p)
				}
				pong <- err
			}); err != nil {
				t.Fatal(err)
			}
			acked := make(chan error, 1)
			if err := c.s.Settings([]bindings.Setting{{ID: bindings.SettingInitialWindowSize, Val: 1 << 20}}, func(err error) { acked <- err }); err != nil {
				t.Fatal(err)
			}
			for _, ch := range []chan error{pong, acked} {
				select {
				case err := <-ch:
					if err != nil {
						t.Fatal(err)
					}
				case <-time.After(10 * time.Second):
					t.Fatal("no PING/SETTINGS ACK")
				}
			}
			if got := c.s.LocalSettings().InitialWindowSize; got != 1<<20 {
				t.Fatalf("local initial window %d after ACK", got)
			}

			// Push: refused by our client, the main response still arrives.
			r := c.Do("GET", scheme, addr, "/push", nil)
			r.Wait(t, 10*time.Second)
			if r.Status != 200 || r.Body.String() != "main body" {
				t.Fatalf("/push: %d %q", r.Status, r.Body.String())
			}

			r = c.Do("GET", scheme, addr, "/trailers", nil)
			r.Wait(t, 10*time.Second)
			if r.Body.String() != "with trailers" || hget(r.Trailers, "x-trailer") != "yes" {
				t.Fatalf("/trailers: %q trailers %v", r.Body.String(), r.Trailers)
			}

			// 30 requests at once against MAX_CONCURRENT_STREAMS 5: the
			// engine holds the excess HEADERS until streams close.
			var slow []*clientReq
			for range 30 {
				slow = append(slow, c.Do("GET", scheme, addr, "/slow", nil))
			}
			for _, r := range slow {
				r.Wait(t, 10*time.Second)
				if r.Status != 200 {
					t.Fatalf("/slow: status %d", r.Status)
				}
			}
			if last := slow[len(slow)-1].Body.String(); last != "max active 5" {
				t.Errorf("/slow: %q, want the server to have seen exactly 5 streams at once", last)
			}

			r = c.Do("GET", scheme, addr, "/goaway", nil)
			r.Wait(t, 10*time.Second)
			deadline := time.Now().Add(5 * time.Second)
			for !slices.Contains(c.Events(), "goaway 0") && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}

			ev := c.Events()
			want := []string{"altsvc 0 https://node.example h2=\":9443\"", "push /pushed", "goaway 0"}
			if useTLS {
				want = append(want, "origin [https://o1.example]")
			}
			for _, w := range want {
				if !slices.Contains(ev, w) {
					t.Errorf("event %q missing; got %q", w, ev)
				}
			}
			// After GOAWAY no new stream may start.
			if r := c.Do("GET", scheme, addr, "/", nil); r.Err == nil {
				t.Errorf("request after GOAWAY was accepted")
			}
		})
	}
}
