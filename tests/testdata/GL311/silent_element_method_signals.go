package gl311

import "sync"

type pieceReader struct {
	mu       sync.Mutex
	ready    sync.Cond
	inFlight int
}

func newPieceReader() *pieceReader {
	p := &pieceReader{}
	p.ready.L = &p.mu
	return p
}

// markDone is a method of the element type: it signals the element's Cond.
func (p *pieceReader) markDone() {
	p.ready.L.Lock()
	p.inFlight--
	p.ready.L.Unlock()
	p.ready.Signal()
}

type stripeReader struct {
	pieces []pieceReader
}

// The Wait names the Cond through the slice; markDone, called on &s.pieces[i], signals the same one.
func (s *stripeReader) waitPiece(i int) {
	s.pieces[i].ready.L.Lock()
	for s.pieces[i].inFlight > 0 {
		s.pieces[i].ready.Wait()
	}
	s.pieces[i].ready.L.Unlock()
}

func (s *stripeReader) finish(i int) {
	s.pieces[i].markDone()
}
