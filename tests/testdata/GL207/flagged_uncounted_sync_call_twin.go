package gl207

import "sync"

// lister runs lists; each counts itself on running.
type lister struct {
	running sync.WaitGroup
	sent    []int
}

func (l *lister) sendList(i int) {
	defer l.running.Done()
	l.sent = append(l.sent, i)
}

// listPartitions calls sendList directly without counting it: its Done is a second one for this goroutine.
func (l *lister) listPartitions(n int) {
	defer l.running.Done()
	for i := 0; i < n; i++ {
		l.sendList(i)
	}
}

func (l *lister) start(n int) {
	l.running.Add(1)
	go l.listPartitions(n) // want "listPartitions can call l.running.Done\\(\\) twice"
	l.running.Wait()
}
