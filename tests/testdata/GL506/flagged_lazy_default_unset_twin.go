package gl506

import "sync"

type fileTracker struct {
	mu    sync.Mutex
	files []string
}

type bundleState struct {
	files *fileTracker
}

func (st *bundleState) track(f string) {
	if st.files == nil {
		st.files = &fileTracker{}
	}
	st.files.mu.Lock()
	st.files.files = append(st.files.files, f)
	st.files.mu.Unlock()
}

// TrackBundle starts its goroutines on a state without a tracker: each may
// make one at once.
func TrackBundle(files []string) *bundleState {
	st := &bundleState{}
	var wg sync.WaitGroup
	for _, f := range files {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			st.track(f) // want `data race on st\.files`
		}(f)
	}
	wg.Wait()
	return st
}
