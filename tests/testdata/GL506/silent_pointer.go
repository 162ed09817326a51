package gl506

import "sync"

// Each goroutine writes its own value's field.
func countEach(fs []func() bool) []*tally {
	out := make([]*tally, len(fs))
	var wg sync.WaitGroup
	for i, f := range fs {
		st := &tally{}
		out[i] = st
		wg.Add(1)
		go func(f func() bool) {
			defer wg.Done()
			if f() {
				st.hits++
			}
		}(f)
	}
	wg.Wait()
	return out
}
