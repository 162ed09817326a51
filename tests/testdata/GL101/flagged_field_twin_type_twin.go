package gl101

// The second type is defined as another struct that only has a field of the same name: not the same
// values, nothing receives from the endpoint's channel.
type fakeEndpoint2 struct {
	recvc chan *datagram
}

type otherQueue struct {
	recvc chan *datagram
}

type fakeSocket2 otherQueue

func newFakeEndpoint2() *fakeEndpoint2 {
	return &fakeEndpoint2{recvc: make(chan *datagram)}
}

func (e *fakeEndpoint2) write2(d *datagram) {
	e.recvc <- d // want `send on e\.recvc blocks forever\. Nothing in the package receives from fakeEndpoint2\.recvc`
}

func (s *fakeSocket2) read2(f func(*datagram)) {
	for d := range s.recvc {
		f(d)
	}
}

func startFakeEndpoint2() *fakeEndpoint2 {
	e := newFakeEndpoint2()
	go e.write2(&datagram{})
	return e
}
