package gl506

import "sync"

type dirTracker struct {
	mu   sync.Mutex
	dirs []string
}

type chartState struct {
	tracker *dirTracker
	policy  *dirTracker
}

// track sets the tracker lazily when nobody did: a write only for a value
// built without one.
func (st *chartState) track(dir string) {
	if st.tracker == nil {
		st.tracker = &dirTracker{}
	}
	st.tracker.mu.Lock()
	st.tracker.dirs = append(st.tracker.dirs, dir)
	st.tracker.mu.Unlock()
	if st.policy != nil {
		return
	} else {
		st.policy = &dirTracker{}
	}
}

// TrackAll gives the state both before its goroutines start: the lazy
// writes never run.
func TrackAll(dirs []string) *chartState {
	st := &chartState{policy: &dirTracker{}}
	st.tracker = &dirTracker{}
	var wg sync.WaitGroup
	for _, d := range dirs {
		wg.Add(1)
		go func(d string) {
			defer wg.Done()
			st.track(d)
		}(d)
	}
	wg.Wait()
	return st
}
