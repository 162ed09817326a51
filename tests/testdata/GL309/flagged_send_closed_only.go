package gl309

import "sync"

type watchSlot struct {
	result chan int
	id     int
}

// The broadcaster sends to each watcher holding b.mu; nothing in the package receives
// from a slot's result, and the only way a blocked send ends, the close in stop, needs
// b.mu first: once one slot is full, stop and every later broadcast wait forever.
type broadcaster struct {
	mu    sync.Mutex
	slots map[int]*watchSlot
}

func newBroadcaster() *broadcaster {
	return &broadcaster{slots: map[int]*watchSlot{}}
}

func (b *broadcaster) watch(id int) {
	b.mu.Lock()
	b.slots[id] = &watchSlot{result: make(chan int), id: id}
	b.mu.Unlock()
}

func (b *broadcaster) publish(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, s := range b.slots {
		s.result <- v // want `send on s\.result waits holding b\.mu, and nothing receives from it`
	}
}

func (b *broadcaster) stop(id int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if s, ok := b.slots[id]; ok {
		delete(b.slots, id)
		close(s.result)
	}
}
