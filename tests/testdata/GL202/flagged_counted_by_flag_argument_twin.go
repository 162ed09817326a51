package gl202

import "sync"

// The twins: the goroutine is counted, but its argument says it was not, so its deferred closure
// never calls Done.
func (l *dirLister) allTwin(root uint64) []uint64 {
	out := make(chan uint64, 128)
	errs := make(chan error, 128)
	var wg sync.WaitGroup
	var running int32 = 1
	wg.Add(1)
	go l.walk(root, out, errs, &wg, &running, false, 8) // want `goroutine walk can return without calling wg\.Done\(\)`
	go func() {
		wg.Wait()
		close(out)
	}()
	var got []uint64
	for c := range out {
		got = append(got, c)
	}
	return got
}

func visitAllTwin(fetch func() error) {
	var wg sync.WaitGroup
	wg.Add(1)
	go visit(&wg, false, fetch) // want `goroutine visit can return without calling wg\.Done\(\)`
	wg.Wait()
}
