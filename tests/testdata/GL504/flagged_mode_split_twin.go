package gl504

import "sync/atomic"

type tunConfig struct{ Proto int }

type tunSession struct{ conf *tunConfig }

// The same split, but a method can switch a live session's version: a
// stream's plain count and its atomic count can then meet.
type tunStream struct {
	session    *tunSession
	numWritten uint32
}

func (s *tunStream) Write(b []byte) int {
	if s.session.conf.Proto == 2 {
		return s.writeV2(b)
	}
	s.numWritten++ // want `s\.numWritten is accessed with sync/atomic elsewhere but plainly here`
	return len(b)
}

func (s *tunStream) writeV2(b []byte) int {
	atomic.AddUint32(&s.numWritten, 1)
	return len(b)
}

func (t *tunSession) upgrade() {
	t.conf.Proto = 2
}

func (t *tunSession) serve(st *tunStream, frames [][]byte) {
	go t.upgrade()
	for _, f := range frames {
		go st.Write(f) // want `data race on st\.numWritten: every goroutine of this loop writes it, in Write`
	}
}

type wireOpts struct{ Wire int }

type wireLink struct{ opts *wireOpts }

// Here no method switches the mode, but a function does, on a live link
// handed to it (a constructor filling a value it made would not count).
type wireStream struct {
	link       *wireLink
	numWritten uint32
}

func (s *wireStream) Write(b []byte) int {
	if s.link.opts.Wire == 2 {
		return s.writeWire2(b)
	}
	s.numWritten++ // want `s\.numWritten is accessed with sync/atomic elsewhere but plainly here`
	return len(b)
}

func (s *wireStream) writeWire2(b []byte) int {
	atomic.AddUint32(&s.numWritten, 1)
	return len(b)
}

func promote(l *wireLink) {
	l.opts.Wire = 2
}

func newWireLink() *wireLink {
	l := new(wireLink)
	l.opts = &wireOpts{Wire: 1}
	return l
}

func serveWire(l *wireLink, st *wireStream, frames [][]byte) {
	go promote(l)
	for _, f := range frames {
		go st.Write(f) // want `data race on st\.numWritten: every goroutine of this loop writes it, in Write`
	}
}
