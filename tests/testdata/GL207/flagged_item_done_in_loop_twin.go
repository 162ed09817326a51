package gl207

import "sync"

// gzWriterTwin counts only its compress goroutine, yet the loop calls Done for
// each path as well: the count goes below zero.
type gzWriterTwin struct {
	gzWg sync.WaitGroup
	gzCh chan string
}

func newGzWriterTwin() *gzWriterTwin {
	w := &gzWriterTwin{gzCh: make(chan string, 16)}
	w.gzWg.Add(1)
	go w.gzLoop() // want "gzLoop can call w.gzWg.Done\\(\\) twice"
	return w
}

func (w *gzWriterTwin) enqueue(path string) {
	select {
	case w.gzCh <- path:
	default:
	}
}

func (w *gzWriterTwin) gzLoop() {
	defer w.gzWg.Done()
	for path := range w.gzCh {
		compressPathTwin(path)
		w.gzWg.Done()
	}
}

func (w *gzWriterTwin) Close() {
	close(w.gzCh)
	w.gzWg.Wait()
}

func compressPathTwin(string) {}

var _ = newGzWriterTwin
