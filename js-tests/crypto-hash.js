// require('crypto'): digests, HMACs, randomness and their errors.
const assert = require('assert');
const crypto = require('crypto');

const vectors = {
  md5: '900150983cd24fb0d6963f7d28e17f72',
  sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha384: 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
  sha512: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd' +
    '454d4423643ce80e2a9ac94fa54ca49f',
};
for (const [alg, hex] of Object.entries(vectors)) {
  assert.strictEqual(crypto.createHash(alg).update('abc').digest('hex'), hex, alg);
  // update() in pieces and with input encodings
  assert.strictEqual(crypto.createHash(alg).update('a').update(Buffer.from('b')).update('63', 'hex').digest('hex'), hex);
  assert.ok(crypto.getHashes().includes(alg));
}
assert.strictEqual(crypto.createHash('SHA256').digest('base64'), '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
assert.strictEqual(crypto.createHash('sha256').update('616263', 'hex').digest('base64url'),
  'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
assert.ok(Buffer.isBuffer(crypto.createHash('sha1').update(new Uint8Array([1, 2])).digest()));
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('latin1').length, 32);

// copy() continues independently
const h = crypto.createHash('sha256').update('a');
const c = h.copy();
assert.strictEqual(h.update('bc').digest('hex'), vectors.sha256);
assert.strictEqual(c.update('bc').digest('hex'), vectors.sha256);

// HMAC (RFC 4231 test case 2)
assert.strictEqual(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
  '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(typeof crypto.createHmac('sha1', 'k').copy, 'undefined');

// Hash is a Transform stream
assert.ok(crypto.createHash('md5') instanceof require('stream').Transform);
const hs = crypto.createHash('sha1');
hs.on('readable', () => {
  const d = hs.read();
  if (d) assert.strictEqual(d.toString('hex'), vectors.sha1);
});
hs.end('abc');

// errors
assert.throws(() => crypto.createHash('nope'), { name: 'Error', message: 'Digest method not supported' });
assert.throws(() => crypto.createHash(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => crypto.createHash('sha1').update(1), { code: 'ERR_INVALID_ARG_TYPE' });
const done = crypto.createHash('sha1');
done.digest();
assert.throws(() => done.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(() => done.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => crypto.createHmac('nope', 'k'), { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
assert.throws(() => crypto.createHmac('sha1', 1), { code: 'ERR_INVALID_ARG_TYPE' });

// timingSafeEqual
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)),
  { code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', name: 'RangeError' });

// randomness
assert.strictEqual(crypto.randomBytes(16).length, 16);
assert.notDeepStrictEqual(crypto.randomBytes(16), crypto.randomBytes(16));
assert.throws(() => crypto.randomBytes(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });
const filled = crypto.randomFillSync(Buffer.alloc(8), 4);
assert.deepStrictEqual(filled.subarray(0, 4), Buffer.alloc(4));
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomFillSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.match(crypto.randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
for (let i = 0; i < 100; i++) {
  const n = crypto.randomInt(3, 7);
  assert.ok(n >= 3 && n < 7 && Number.isInteger(n));
}
const u32 = crypto.getRandomValues(new Uint32Array(4));
assert.strictEqual(u32.length, 4);
assert.strictEqual(globalThis.crypto.getRandomValues(new Uint8Array(2)).length, 2);
assert.throws(() => crypto.getRandomValues(new Float32Array(2)), { name: 'TypeMismatchError' });
let async = 0;
crypto.randomBytes(4, (err, buf) => {
  assert.strictEqual(err, null);
  assert.strictEqual(buf.length, 4);
  async++;
});
crypto.randomFill(new Uint8Array(4), (err, buf) => {
  assert.strictEqual(err, null);
  assert.strictEqual(buf.length, 4);
  async++;
});
process.on('exit', () => assert.strictEqual(async, 2));

// what test harnesses read
assert.strictEqual(typeof process.versions.openssl, 'string');
assert.ok(crypto.constants.OPENSSL_VERSION_NUMBER >= 805306368);
assert.strictEqual(crypto.constants.TLS1_2_VERSION, 771);
