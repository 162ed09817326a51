package gl101

// The datagrams are received through a second type defined as the endpoint (its socket view): the
// endpoint's value is converted to it, the same field on the same value.
type datagram struct{ b []byte }

type fakeEndpoint struct {
	recvc chan *datagram
}

type fakeSocket fakeEndpoint

func newFakeEndpoint() *fakeEndpoint {
	return &fakeEndpoint{recvc: make(chan *datagram)}
}

func (e *fakeEndpoint) socket() *fakeSocket { return (*fakeSocket)(e) }

func (e *fakeEndpoint) write(d *datagram) {
	e.recvc <- d
}

func (s *fakeSocket) read(f func(*datagram)) {
	for d := range s.recvc {
		f(d)
	}
}

func runFakeEndpoint(f func(*datagram)) *fakeEndpoint {
	e := newFakeEndpoint()
	go e.socket().read(f)
	return e
}
