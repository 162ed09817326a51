package gl105

import "time"

type batcher struct {
	items    chan int
	interval time.Duration
	flush    func()
}

// The flag is cleared again before it is tested, so the case that sets it keeps the loop turning.
func (b *batcher) loop() {
	full := false
	for {
		select {
		case <-b.items:
			full = true
		case <-time.After(b.interval): // want `time\.After in this loop starts a new timer every iteration`
		}
		b.flush()
		full = false
		if full {
			return
		}
	}
}

// The flag ends the loop only on some turns: a continue comes before it.
func (b *batcher) loopContinue(skip func() bool) {
	seen := false
	for {
		select {
		case <-b.items:
			seen = true
		case <-time.After(b.interval): // want `time\.After in this loop starts a new timer every iteration`
		}
		if skip() {
			continue
		}
		if seen {
			return
		}
	}
}
