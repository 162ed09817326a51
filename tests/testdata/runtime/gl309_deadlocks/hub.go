package rt

import "sync"

type Hub struct {
	mu      sync.Mutex
	clients int
	joins   chan int
}

func NewHub() *Hub {
	h := &Hub{joins: make(chan int)}
	go h.loop()
	return h
}

// loop runs for the lifetime of the process.
func (h *Hub) loop() {
	for {
		h.mu.Lock()
		n := <-h.joins // want `receive from h\.joins waits holding h\.mu, which every sender needs`
		h.clients += n
		h.mu.Unlock()
	}
}

func (h *Hub) Join(n int) {
	h.mu.Lock()
	h.clients++
	h.joins <- n
	h.mu.Unlock()
}
