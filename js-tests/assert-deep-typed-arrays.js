'use strict';
// Deep equality of typed arrays, Buffers, DataViews and ArrayBuffers: large contents (h2js compares
// their bytes in Go and reads only their named properties), views with an offset, named and symbol
// properties beside the elements, element kinds, and the failure message for a named property.
const assert = require('assert');
const util = require('util');

function check(what, got, want) {
  if (got !== want) throw new Error(what + ': got ' + got + ', want ' + want);
}
function both(what, a, b, strict, loose) {
  check(what + ' (strict)', util.isDeepStrictEqual(a, b), strict);
  check(what + ' (strict, swapped)', util.isDeepStrictEqual(b, a), strict);
  let looseOk = true;
  try {
    assert.deepEqual(a, b);
  } catch (e) {
    check(what + ' error code', e.code, 'ERR_ASSERTION');
    looseOk = false;
  }
  check(what + ' (loose)', looseOk, loose);
}

// Large Buffers: equal, and one byte apart at either end.
const size = 200 * 1024;
const big = Buffer.alloc(size);
for (let i = 0; i < size; i++) big[i] = (i * 31) & 0xff;
const copy = Buffer.from(big);
both('big equal', big, copy, true, true);
assert.deepStrictEqual(big, copy);
const lastOff = Buffer.from(big);
lastOff[size - 1] ^= 1;
both('big last byte', big, lastOff, false, false);
const firstOff = Buffer.from(big);
firstOff[0] ^= 1;
both('big first byte', big, firstOff, false, false);
both('big shorter', big, big.subarray(0, size - 1), false, false);
both('big array buffers', big.buffer.slice(big.byteOffset, big.byteOffset + size),
  copy.buffer.slice(copy.byteOffset, copy.byteOffset + size), true, true);

// Views with an offset compare by the bytes they see.
const backing = new Uint8Array([9, 1, 2, 3, 9]);
both('subarray', backing.subarray(1, 4), new Uint8Array([1, 2, 3]), true, true);
both('offset view', new Uint8Array(backing.buffer, 1, 3), new Uint8Array([1, 2, 3]), true, true);
both('dataview', new DataView(backing.buffer, 1, 3), new DataView(new Uint8Array([1, 2, 3]).buffer), true, true);
both('dataview differs', new DataView(backing.buffer, 0, 3), new DataView(new Uint8Array([1, 2, 3]).buffer), false, false);
both('int16 vs uint8', new Int16Array([1]), new Uint8Array([1, 0]), false, false);
both('float 0 and -0', new Float64Array([0]), new Float64Array([-0]), false, true);
both('float NaN', new Float32Array([NaN]), new Float32Array([NaN]), true, false);

// Named properties beside the elements.
function withProps(props, values) {
  const v = new Uint8Array(values || [1, 2, 3]);
  for (const k of Object.keys(props)) v[k] = props[k];
  return v;
}
both('same named', withProps({ x: 1, y: 'a' }), withProps({ x: 1, y: 'a' }), true, true);
both('named order', withProps({ x: 1, y: 'a' }), withProps({ y: 'a', x: 1 }), true, true);
both('named value', withProps({ x: 1 }), withProps({ x: 2 }), false, false);
both('named loose value', withProps({ x: 1 }), withProps({ x: '1' }), false, true);
both('named one side', withProps({ x: 1 }), withProps({}), false, false);
both('named other key', withProps({ x: 1 }), withProps({ y: 1 }), false, false);
both('named big', withProps({ tag: 'z' }, big), withProps({ tag: 'z' }, copy), true, true);
both('named big differs', withProps({ tag: 'z' }, big), withProps({ tag: 'w' }, copy), false, false);
const hidden = withProps({});
Object.defineProperty(hidden, 'secret', { value: 1, enumerable: false });
both('non-enumerable named', hidden, withProps({}), true, true);
const deleted = withProps({ x: 1 });
delete deleted.x;
both('deleted named', deleted, withProps({}), true, true);
const nested = withProps({ inner: { a: [1, 2] } });
both('nested named', nested, withProps({ inner: { a: [1, 2] } }), true, true);
both('nested named differs', nested, withProps({ inner: { a: [1, 3] } }), false, false);
const sym = Symbol('s');
const withSym = withProps({});
withSym[sym] = 1;
both('symbol named', withSym, withProps({}), false, true);
const buf = Buffer.from('abc');
buf.extra = true;
both('buffer named', buf, Buffer.from('abc'), false, false);

// The failure message shows the named property in the diff.
const c = withProps({ x: 1 });
assert.throws(() => assert.deepStrictEqual(c, new Uint8Array([1, 2, 3])), {
  code: 'ERR_ASSERTION',
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Uint8Array(3) [\n' +
    '    1,\n    2,\n    3,\n+   x: 1\n  ]',
});
assert.throws(() => assert.notDeepStrictEqual(big, copy), { code: 'ERR_ASSERTION' });
console.log('ok');
