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

func (s *Server) run() {
	for {
		s.mu.Lock()
		e := <-s.events // want `this waits to receive from s.events holding s.mu, but every sender locks s.mu first`
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
