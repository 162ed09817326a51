package gl207

import "sync"

// gzWriter counts its compress goroutine and every path it queues with one
// WaitGroup: the loop's Done pays each queued path's Add, the deferred Done
// the goroutine's own.
type gzWriter struct {
	gzWg sync.WaitGroup
	gzCh chan string
}

func newGzWriter() *gzWriter {
	w := &gzWriter{gzCh: make(chan string, 16)}
	w.gzWg.Add(1)
	go w.gzLoop()
	return w
}

func (w *gzWriter) enqueue(path string) {
	w.gzWg.Add(1)
	select {
	case w.gzCh <- path:
	default:
		w.gzWg.Done()
	}
}

func (w *gzWriter) gzLoop() {
	defer w.gzWg.Done()
	for path := range w.gzCh {
		compressPath(path)
		w.gzWg.Done()
	}
}

func (w *gzWriter) Close() {
	close(w.gzCh)
	w.gzWg.Wait()
}

func compressPath(string) {}

var _ = newGzWriter
