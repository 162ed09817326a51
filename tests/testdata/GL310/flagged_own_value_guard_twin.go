package gl310

// playFromQueued waits while the field it tests is unset: another goroutine can clear it again
// before this one has the lock back.
func (l *loader) playFromQueued(startAt float64) {
	l.mu.Lock()
	if l.pos == 0 {
		l.loaded.Wait() // want `l\.loaded\.Wait\(\) under an if, not a loop`
	}
	l.pos += startAt
	l.mu.Unlock()
}
