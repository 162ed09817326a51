package gl202

import (
	"sync"
	"sync/atomic"
)

type dirLister struct{ list func(dir uint64) ([]uint64, error) }

// A bounded parallel walk: a subdirectory gets its own goroutine while fewer than limit run, and is
// walked in place otherwise. The goroutine is told by its argument that it was counted; its deferred
// closure calls Done only then. The in-place calls (given false) were never counted.
func (l *dirLister) walk(dir uint64, out chan<- uint64, errs chan<- error, wg *sync.WaitGroup,
	running *int32, counted bool, limit int32) {
	defer func() {
		if counted {
			atomic.AddInt32(running, -1)
			wg.Done()
		}
	}()
	children, err := l.list(dir)
	if err != nil {
		errs <- err
		return
	}
	for _, c := range children {
		out <- c
		if atomic.LoadInt32(running) < limit {
			wg.Add(1)
			atomic.AddInt32(running, 1)
			go l.walk(c, out, errs, wg, running, true, limit)
		} else {
			l.walk(c, out, errs, wg, running, false, limit)
		}
	}
}

func (l *dirLister) all(root uint64) ([]uint64, error) {
	out := make(chan uint64, 128)
	errs := make(chan error, 128)
	var wg sync.WaitGroup
	var running int32 = 1
	wg.Add(1)
	go l.walk(root, out, errs, &wg, &running, true, 8)
	go func() {
		wg.Wait()
		close(out)
	}()
	var got []uint64
	for c := range out {
		got = append(got, c)
	}
	select {
	case err := <-errs:
		return got, err
	default:
		return got, nil
	}
}

// The same flag on a plain function, with Done deferred under it: only the counted call is a goroutine.
func visit(wg *sync.WaitGroup, counted bool, fetch func() error) {
	if counted {
		defer wg.Done()
	}
	if err := fetch(); err != nil {
		return
	}
	println("visited")
}

func visitAll(fetch func() error) {
	var wg sync.WaitGroup
	wg.Add(1)
	go visit(&wg, true, fetch)
	visit(&wg, false, fetch)
	wg.Wait()
}
