package gl504

import "sync/atomic"

type muxConfig struct{ Version int }

type muxSession struct{ config *muxConfig }

// A stream counts its written frames plainly in protocol 1 and atomically in
// protocol 2 (where the peer's window updates read the count from another
// goroutine); writeV2 runs only in protocol 2, and no method changes a
// session's version: the two never meet on one stream.
type muxStream struct {
	sess       *muxSession
	numWritten uint32
	peerAcked  uint32
}

func (s *muxStream) Write(b []byte) int {
	if s.sess.config.Version == 2 {
		return s.writeV2(b)
	}
	s.numWritten++
	return len(b)
}

func (s *muxStream) writeV2(b []byte) int {
	inflight := atomic.LoadUint32(&s.numWritten) - atomic.LoadUint32(&s.peerAcked)
	if inflight > 64 {
		return 0
	}
	atomic.AddUint32(&s.numWritten, 1)
	return len(b)
}

func (s *muxStream) ack(n uint32) {
	atomic.StoreUint32(&s.peerAcked, n)
}

func newMuxSession(version int) *muxSession {
	return &muxSession{config: &muxConfig{Version: version}}
}

func (m *muxSession) serve(st *muxStream, frames [][]byte) {
	go st.ack(1)
	go func() {
		for _, f := range frames {
			st.Write(f)
		}
	}()
}
