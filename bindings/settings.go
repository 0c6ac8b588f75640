package bindings

import (
	"sort"

	"golang.org/x/net/http2"
)

// SETTINGS identifiers (RFC 9113 §6.5.2, RFC 8441).
const (
	SettingHeaderTableSize       uint16 = 0x1
	SettingEnablePush            uint16 = 0x2
	SettingMaxConcurrentStreams  uint16 = 0x3
	SettingInitialWindowSize     uint16 = 0x4
	SettingMaxFrameSize          uint16 = 0x5
	SettingMaxHeaderListSize     uint16 = 0x6
	SettingEnableConnectProtocol uint16 = 0x8
)

const (
	defaultHeaderTableSize   = 4096
	defaultInitialWindow     = 65535
	defaultMaxFrameSize      = 16384
	maxWindow                = 1<<31 - 1
	unlimitedStreams         = 0xffffffff
	defaultMaxHeaderListSize = 65535
)

// Setting is one SETTINGS parameter as it travels on the wire.
type Setting struct {
	ID  uint16
	Val uint32
}

// Settings is a full view of one endpoint's settings, as Node reports them
// in session.localSettings and session.remoteSettings.
type Settings struct {
	HeaderTableSize       uint32
	EnablePush            bool
	InitialWindowSize     uint32
	MaxFrameSize          uint32
	MaxConcurrentStreams  uint32
	MaxHeaderListSize     uint32
	EnableConnectProtocol bool
	// Custom holds settings with identifiers this engine does not know.
	Custom map[uint16]uint32
}

// DefaultSettings returns RFC 9113's initial values, which is what a peer's
// settings are until its first SETTINGS frame arrives.
func DefaultSettings() Settings {
	return Settings{
		HeaderTableSize:      defaultHeaderTableSize,
		EnablePush:           true,
		InitialWindowSize:    defaultInitialWindow,
		MaxFrameSize:         defaultMaxFrameSize,
		MaxConcurrentStreams: unlimitedStreams,
		MaxHeaderListSize:    unlimitedStreams,
	}
}

func (s Settings) clone() Settings {
	if s.Custom != nil {
		c := make(map[uint16]uint32, len(s.Custom))
		for k, v := range s.Custom {
			c[k] = v
		}
		s.Custom = c
	}
	return s
}

// apply sets one parameter. The value must have been validated.
func (s *Settings) apply(st Setting) {
	switch st.ID {
	case SettingHeaderTableSize:
		s.HeaderTableSize = st.Val
	case SettingEnablePush:
		s.EnablePush = st.Val == 1
	case SettingMaxConcurrentStreams:
		s.MaxConcurrentStreams = st.Val
	case SettingInitialWindowSize:
		s.InitialWindowSize = st.Val
	case SettingMaxFrameSize:
		s.MaxFrameSize = st.Val
	case SettingMaxHeaderListSize:
		s.MaxHeaderListSize = st.Val
	case SettingEnableConnectProtocol:
		s.EnableConnectProtocol = st.Val == 1
	default:
		if s.Custom == nil {
			s.Custom = make(map[uint16]uint32)
		}
		s.Custom[st.ID] = st.Val
	}
}

// validateSetting checks a value against RFC 9113 §6.5.2. It returns the
// HTTP/2 error code a peer sending it deserves, or NO_ERROR.
func validateSetting(st Setting) uint32 {
	if err := (http2.Setting{ID: http2.SettingID(st.ID), Val: st.Val}).Valid(); err != nil {
		if ce, ok := err.(http2.ConnectionError); ok {
			return uint32(ce)
		}
		return NGHTTP2_PROTOCOL_ERROR
	}
	return NGHTTP2_NO_ERROR
}

// Config configures a Session. Zero values mean Node's defaults; use
// DefaultConfig and modify it.
type Config struct {
	// Settings are the local settings advertised in the first SETTINGS frame.
	Settings Settings
	// MaxSessionMemory bounds (in MB) inbound unconsumed data plus queued
	// outbound data; above it new peer streams are refused.
	MaxSessionMemory int
	// MaxOutstandingPings bounds unacknowledged Ping calls.
	MaxOutstandingPings int
	// MaxOutstandingSettings bounds unacknowledged Settings calls.
	MaxOutstandingSettings int
	// MaxSettings is the most entries accepted in one peer SETTINGS frame.
	MaxSettings int
	// PeerMaxConcurrentStreams is assumed for the peer until its SETTINGS
	// arrive.
	PeerMaxConcurrentStreams uint32
	// MaxHeaderListPairs bounds the number of header fields in a block.
	MaxHeaderListPairs int
	// TLS tells whether the connection is TLS; ORIGIN frames need it.
	TLS bool
	// StreamResetBurst and StreamResetRate define the token bucket that
	// limits peer-initiated RST_STREAM (CVE-2023-44487 "rapid reset"),
	// the same numbers nghttp2 uses: 1000 burst, 33 per second.
	StreamResetBurst int
	StreamResetRate  int
	// MaxQueuedControlFrames bounds ACKs and RST_STREAMs we owe the peer
	// that are not yet written; a peer flooding PING or SETTINGS past it
	// gets GOAWAY(ENHANCE_YOUR_CALM).
	MaxQueuedControlFrames int
	// MaxInvalidFrames is Node's maxSessionInvalidFrames: how many invalid frames from the
	// peer are tolerated before the session is closed with GOAWAY(ENHANCE_YOUR_CALM) and
	// ERR_HTTP2_TOO_MANY_INVALID_FRAMES. Invalid frames are those we answer with a stream
	// error (RST_STREAM other than CANCEL, REFUSED_STREAM included) and empty DATA frames
	// without END_STREAM (CVE-2019-9518). 0 means the default (1000); negative tolerates none.
	MaxInvalidFrames int
	// OnWriterIdle, if set, is called on the writer goroutine each time the writer has written
	// everything queued and stops (or makes its final exit). A host that must keep its event
	// loop alive while output is on its way (a session over a script's own stream) learns from
	// it when the output side went quiet; see WriterBusy.
	OnWriterIdle func()
}

// DefaultConfig returns Node's defaults: the protocol's settings (Node's sessions open with an
// empty SETTINGS frame). The header lists they accept are bounded all the same (see
// headerListLimitFor). Clients and servers have the same defaults; client is kept for callers.
func DefaultConfig(client bool) Config {
	s := DefaultSettings()
	return Config{
		Settings:                 s,
		MaxSessionMemory:         10,
		MaxOutstandingPings:      10,
		MaxOutstandingSettings:   10,
		MaxSettings:              32,
		PeerMaxConcurrentStreams: 100,
		MaxHeaderListPairs:       128,
		StreamResetBurst:         1000,
		StreamResetRate:          33,
		MaxQueuedControlFrames:   1000,
		MaxInvalidFrames:         1000,
	}
}

// fillDefaults replaces zero limits with defaults so a zero Config works.
func (c *Config) fillDefaults(client bool) {
	d := DefaultConfig(client)
	if c.Settings.MaxFrameSize == 0 {
		// MaxFrameSize can never legally be 0, so it marks "Settings unset".
		c.Settings = d.Settings
	}
	if c.MaxSessionMemory <= 0 {
		c.MaxSessionMemory = d.MaxSessionMemory
	}
	if c.MaxOutstandingPings <= 0 {
		c.MaxOutstandingPings = d.MaxOutstandingPings
	}
	if c.MaxOutstandingSettings <= 0 {
		c.MaxOutstandingSettings = d.MaxOutstandingSettings
	}
	if c.MaxSettings <= 0 {
		c.MaxSettings = d.MaxSettings
	}
	if c.PeerMaxConcurrentStreams == 0 {
		c.PeerMaxConcurrentStreams = d.PeerMaxConcurrentStreams
	}
	if c.MaxHeaderListPairs <= 0 {
		c.MaxHeaderListPairs = d.MaxHeaderListPairs
	}
	if c.StreamResetBurst <= 0 {
		c.StreamResetBurst = d.StreamResetBurst
	}
	if c.StreamResetRate <= 0 {
		c.StreamResetRate = d.StreamResetRate
	}
	if c.MaxQueuedControlFrames <= 0 {
		c.MaxQueuedControlFrames = d.MaxQueuedControlFrames
	}
	if c.MaxInvalidFrames == 0 {
		c.MaxInvalidFrames = d.MaxInvalidFrames
	}
}

// initialSettings lists what the first SETTINGS frame advertises: the values
// that differ from the protocol defaults (MAX_HEADER_LIST_SIZE only when one
// was set), and custom settings.
func (s Settings) initialSettings() []Setting {
	var out []Setting
	if s.HeaderTableSize != defaultHeaderTableSize {
		out = append(out, Setting{SettingHeaderTableSize, s.HeaderTableSize})
	}
	if !s.EnablePush {
		// As nghttp2 under Node: a server that was not told otherwise leaves ENABLE_PUSH out
		// (it never accepts pushes anyway, whatever it reports in localSettings).
		out = append(out, Setting{SettingEnablePush, 0})
	}
	if s.MaxConcurrentStreams != unlimitedStreams {
		out = append(out, Setting{SettingMaxConcurrentStreams, s.MaxConcurrentStreams})
	}
	if s.InitialWindowSize != defaultInitialWindow {
		out = append(out, Setting{SettingInitialWindowSize, s.InitialWindowSize})
	}
	if s.MaxFrameSize != defaultMaxFrameSize {
		out = append(out, Setting{SettingMaxFrameSize, s.MaxFrameSize})
	}
	if s.MaxHeaderListSize != unlimitedStreams {
		out = append(out, Setting{SettingMaxHeaderListSize, s.MaxHeaderListSize})
	}
	if s.EnableConnectProtocol {
		out = append(out, Setting{SettingEnableConnectProtocol, 1})
	}
	custom := make([]Setting, 0, len(s.Custom))
	for id, v := range s.Custom {
		custom = append(custom, Setting{id, v})
	}
	sort.Slice(custom, func(i, j int) bool { return custom[i].ID < custom[j].ID })
	return append(out, custom...)
}

func boolVal(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func toWire(ss []Setting) []http2.Setting {
	out := make([]http2.Setting, len(ss))
	for i, s := range ss {
		out[i] = http2.Setting{ID: http2.SettingID(s.ID), Val: s.Val}
	}
	return out
}
