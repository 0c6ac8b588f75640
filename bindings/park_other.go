//go:build !linux

package bindings

import "net"

// Readers park only on Linux (park_linux.go).
type parkState struct{}

func (s *Session) initPark(net.Conn) {}
func (s *Session) parkable() bool    { return false }
func (s *Session) waitOrPark() bool  { return false }
func (s *Session) unparkLocked()     {}
