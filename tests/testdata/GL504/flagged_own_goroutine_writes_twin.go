package gl504

import "sync/atomic"

// The advance runs on a goroutine of its own: the plain reads in walk race with it.
type blockWalker struct {
	cur, end uint32
}

func (w *blockWalker) step() uint32 { return atomic.AddUint32(&w.cur, 1) }

func (w *blockWalker) walk(out chan<- uint32) {
	go w.step()
	for w.cur < w.end { // want `w.cur is accessed with sync/atomic elsewhere but plainly here`
		out <- atomic.LoadUint32(&w.end)
	}
}

func startWalker(w *blockWalker) {
	go w.walk(make(chan uint32, 1))
}

// The closure that advances runs on its own goroutine.
func (w *blockWalker) walkAsync() uint32 {
	advance := func() { w.step() }
	go advance()
	return w.cur // want `w.cur is accessed with sync/atomic elsewhere but plainly here`
}
