'use strict';
// TLS with our fixture certificate trusted through `ca`, ALPN negotiation, peer certificate basics,
// and data both ways over the encrypted socket.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-cert.pem'));

let secureConnections = 0;
let clientDone = 0;
const server = tls.createServer({ key, cert, ALPNProtocols: ['h2', 'http/1.1'] }, (sock) => {
  secureConnections++;
  assert.strictEqual(sock.encrypted, true);
  assert.strictEqual(sock.alpnProtocol, 'h2');
  assert.ok(['TLSv1.2', 'TLSv1.3'].includes(sock.getProtocol()));
  sock.on('data', (d) => sock.write('echo:' + d));
  sock.on('end', () => sock.end());
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert, ALPNProtocols: ['h2'] }, () => {
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.authorizationError, null);
    assert.strictEqual(client.encrypted, true);
    assert.strictEqual(client.alpnProtocol, 'h2');
    assert.ok(['TLSv1.2', 'TLSv1.3'].includes(client.getProtocol()));
    const pc = client.getPeerCertificate();
    assert.strictEqual(pc.subject.CN, 'localhost');
    assert.strictEqual(pc.issuer.CN, 'localhost');
    assert.strictEqual(pc.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
    assert.match(pc.valid_from, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
    assert.match(pc.valid_to, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
    assert.match(pc.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert.ok(Buffer.isBuffer(pc.raw));
    client.write('ping');
  });
  client.setEncoding('utf8');
  let got = '';
  client.on('data', (d) => {
    got += d;
    if (got === 'echo:ping') client.end();
  });
  client.on('close', () => {
    assert.strictEqual(got, 'echo:ping');
    clientDone++;
    server.close();
  });
});

process.on('exit', () => {
  assert.strictEqual(secureConnections, 1);
  assert.strictEqual(clientDone, 1);
});
