// expect-exit: 5
// process.exit() stops the script at once; calling it again inside 'exit' changes the status.
let exits = 0;
process.on('exit', (code) => {
  exits++;
  if (code !== 2) process.stdout.write('wrong first code ' + code + '\n');
  process.exit(5);
});
setTimeout(() => { throw new Error('timer must not run after exit'); }, 10);
process.exit(2);
throw new Error('not reached');
