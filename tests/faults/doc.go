// Package faults holds the reliability tests of issue 7: JS scripts run through runtime.New (the way
// an embedding Go program runs them) against peers that fail, lie or attack, and bad input from
// scripts. The promise they check: neither a script nor a hostile peer can crash or hang the host
// Go program. Every test is bounded (loopback only, each well under 30 s) and ends with the event
// loop drained, no goroutines and no file descriptors left behind. See README.md.
package faults
