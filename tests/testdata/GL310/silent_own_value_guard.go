package gl310

import "sync"

type loader struct {
	mu     sync.Mutex
	loaded *sync.Cond
	pos    float64
}

// playFrom waits for the next load only when asked to seek: startAt is its own parameter, which no
// other goroutine can change while it waits.
func (l *loader) playFrom(startAt float64) {
	if startAt > 0 {
		l.mu.Lock()
		l.loaded.Wait()
		l.mu.Unlock()
		l.pos = startAt
	}
}
