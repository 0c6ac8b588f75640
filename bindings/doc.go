// Package bindings is the HTTP/2 engine under the node:http2 JS layer: a
// session-centric state machine (RFC 9113) on x/net/http2's Framer and
// hpack, in the role nghttp2 plays for Node.
//
// A Session is one connection, created with NewServerSession or
// NewClientSession. It runs at most two goroutines: a reader that parses
// and processes frames in order, and, while there is something to write, a
// writer that frames queued work (control frames first, then header blocks,
// then DATA round-robin within the flow-control windows) and writes each
// batch with one conn.Write. An idle session holds no write buffer, and on
// Linux the reader of an idle TCP connection parks in a shared epoll
// instance instead of keeping a goroutine (park_linux.go), so an idle
// session costs its state and HPACK tables, not two goroutine stacks. All
// state sits behind one mutex; methods are safe from any goroutine.
//
// Events leave through a SessionSink, serialized and in processing order,
// never under the lock. Inbound flow control follows the consumer: credit
// goes back to the peer only when Stream.Consumed is called, so memory
// held per stream is bounded by the receive window.
//
// Hardening: header validation, MAX_HEADER_LIST_SIZE and pair limits,
// MAX_CONCURRENT_STREAMS (REFUSED_STREAM), rapid-reset token bucket,
// bounded owed control frames (PING/SETTINGS floods), CONTINUATION floods
// (the framer's header list bound), window overflows and frames on idle or
// closed streams, invalid preface.
//
// Known limits: PUSH_PROMISE received with CONTINUATION frames is treated
// as a connection error (the framer cannot join them); RFC 7540 priorities
// are recorded and reported but do not influence scheduling; raising our
// MAX_FRAME_SIZE takes effect for reading only when acknowledged; HPACK
// table sizes in State are the negotiated maxima, not current use.
package bindings
