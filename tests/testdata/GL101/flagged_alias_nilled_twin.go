package gl101

// The local is given another channel after the field's: its receives are not the field's, and nothing
// else receives from the field.
type evStreamTwin struct {
	in     chan event
	events chan event
}

func newEvStreamTwin(in chan event) *evStreamTwin {
	s := &evStreamTwin{in: in, events: make(chan event)}
	go s.accept()
	go s.group()
	return s
}

func (s *evStreamTwin) accept() {
	for e := range s.in {
		s.events <- e // want `send on s\.events blocks forever`
	}
}

func (s *evStreamTwin) group() {
	events := s.events
	events = make(chan event)
	for e := range events {
		_ = e
	}
}
