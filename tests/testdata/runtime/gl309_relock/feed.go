package rt

import "sync"

type Feed struct {
	mu     sync.Mutex
	events chan int
	n      int
}

func NewFeed() *Feed {
	s := &Feed{events: make(chan int)}
	go s.loop()
	return s
}

func (s *Feed) loop() {
	for e := range s.events {
		s.mu.Lock()
		s.n += e
		s.mu.Unlock()
	}
}

func (s *Feed) Publish(e int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events <- e // want `send on s\.events can block forever while it holds s\.mu`
}
