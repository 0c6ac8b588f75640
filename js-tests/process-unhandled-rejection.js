// expect-exit: 1
// An unhandled rejection is fatal by default (Node 20); a handler attached in time prevents it.
const handled = Promise.reject(new Error('handled later in the same tick'));
handled.catch(() => {});
process.on('exit', (code) => { if (code !== 1) process.stdout.write('bad code ' + code + '\n'); });
Promise.reject(new Error('nobody handles this'));
