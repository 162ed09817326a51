package gl309

import "sync"

type Event struct{ ID int }

type Server struct {
	mu     sync.Mutex
	seq    int
	events chan Event
}

func NewServer() *Server {
	s := &Server{events: make(chan Event)}
	go s.run()
	return s
}

func (s *Server) handle(e Event) { s.seq += e.ID }

// run runs for the lifetime of the process.
func (s *Server) run() {
	for {
		s.mu.Lock()
		e := <-s.events // want `receive from s\.events waits holding s\.mu, which every sender needs`
		s.handle(e)
		s.mu.Unlock()
	}
}

func (s *Server) Publish(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	s.events <- Event{ID: id}
}
