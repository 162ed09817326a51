package gl506

import "sync"

type tally struct{ hits int }

// Two goroutines of one function write a field through a pointer they both captured.
func countBoth(a, b func() bool) int {
	st := &tally{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if a() {
			st.hits++ // want `data race on st\.hits: two goroutines write it`
		}
	}()
	go func() {
		defer wg.Done()
		if b() {
			st.hits++ // want `data race on st\.hits: two goroutines write it`
		}
	}()
	wg.Wait()
	return st.hits
}
