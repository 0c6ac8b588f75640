// expect-exit: 6
// A throw inside an 'exit' listener is printed; the status is process.exitCode when one is set.
process.on('exit', () => {
  process.exitCode = 6;
  throw new Error('thrown while exiting');
});
