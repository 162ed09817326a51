package gl307

import (
	"sync"
	"testing"
)

type feed struct {
	mu    sync.Mutex
	items []int
}

type reader struct {
	mu   sync.Mutex
	feed *feed
	seen int
}

// push runs on the feed's goroutine: feed first, then reader.
func (r *reader) push(v int) {
	r.feed.mu.Lock()
	defer r.feed.mu.Unlock()
	r.feed.items = append(r.feed.items, v)
	r.mu.Lock()
	r.seen++
	r.mu.Unlock()
}

// A goroutine the test starts runs beside push: reader first, then feed.
func TestPollWhilePushing(t *testing.T) {
	r := &reader{feed: &feed{}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.mu.Lock()
		r.feed.mu.Lock() // want `lock order inversion: feed.mu taken while holding reader.mu`
		_ = len(r.feed.items)
		r.feed.mu.Unlock()
		r.mu.Unlock()
	}()
	r.push(1)
	<-done
}
