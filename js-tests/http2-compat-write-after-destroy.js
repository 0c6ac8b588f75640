'use strict';
// response.write() after response.destroy() returns false and never calls its callback (Node),
// nor emits 'error' on the response.
const assert = require('assert');
const http2 = require('http2');

let checked = false;
process.on('exit', () => assert.strictEqual(checked, true));

const server = http2.createServer();
server.once('request', (request, response) => {
  response.on('error', () => assert.fail('no error event'));
  response.destroy();
  assert.strictEqual(response.write('asd', () => assert.fail('no callback')), false);
  setTimeout(() => {
    checked = true;
    client.destroy();
    server.close();
  }, 50);
});
let client;
server.listen(0, () => {
  client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('error', () => {});
  client.request().on('error', () => {});
});
