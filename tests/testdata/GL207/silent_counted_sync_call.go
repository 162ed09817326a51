package gl207

import "sync"

// watcher runs watches; each counts itself on running.
type watcher struct {
	running sync.WaitGroup
	sent    []int
}

// sendOffset is run both as a goroutine and directly; either way its caller counted it.
func (w *watcher) sendOffset(i int) {
	defer w.running.Done()
	w.sent = append(w.sent, i)
}

// watchPartitions counts each direct call of sendOffset just before it: that Done is paid by its own Add,
// not by the goroutine's count.
func (w *watcher) watchPartitions(n int) {
	defer w.running.Done()
	for i := 0; i < n; i++ {
		w.running.Add(1)
		w.sendOffset(i)
	}
}

func (w *watcher) start(n int) {
	w.running.Add(1)
	go w.watchPartitions(n)
	w.running.Wait()
}
