// expect-exit: 1
// An uncaught exception in a timer ends the process with status 1 after 'exit' listeners ran.
let exitCode = null;
process.on('exit', (code) => {
  exitCode = code;
  if (code !== 1) process.stdout.write('bad exit code ' + code + '\n');
});
setTimeout(() => { throw new TypeError('boom'); }, 1);
setTimeout(() => { process.stdout.write('second timer must not run\n'); process.exitCode = 9; }, 50);
