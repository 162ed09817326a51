package gl101

type event struct{ id int }

type groupReq struct{ out chan []event }

// The grouping goroutine receives from the stream's fields through locals it sets to nil once their
// channel is closed: every receive is one of the field channels.
type evStream struct {
	in        chan event
	events    chan event
	groupReqs chan groupReq
}

func newEvStream(in chan event) *evStream {
	s := &evStream{in: in, events: make(chan event), groupReqs: make(chan groupReq)}
	go s.accept()
	go s.group()
	return s
}

func (s *evStream) accept() {
	defer close(s.events)
	for e := range s.in {
		s.events <- e
	}
}

func (s *evStream) group() {
	var buf []event
	events := s.events
	groupReqs := s.groupReqs
	for {
		if events == nil && groupReqs == nil {
			return
		}
		select {
		case e, ok := <-events:
			if !ok {
				events = nil
				break
			}
			buf = append(buf, e)
		case req, ok := <-groupReqs:
			if !ok {
				groupReqs = nil
				break
			}
			req.out <- buf
			buf = nil
		}
	}
}

func (s *evStream) Flush() []event {
	req := groupReq{out: make(chan []event)}
	s.groupReqs <- req
	return <-req.out
}
