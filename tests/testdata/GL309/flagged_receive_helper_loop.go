package gl309

import "sync"

type podStatuses struct {
	lock    sync.Mutex
	updates chan bool
	count   int
}

// The sync loop calls syncBatch again and again: after each receive it takes
// the lock (in deleteStatus), so the next receive waits for whoever holds it.
func (s *podStatuses) start() {
	go func() {
		for i := 0; i < 10; i++ {
			s.syncBatch()
		}
	}()
}

func (s *podStatuses) syncBatch() {
	<-s.updates
	s.deleteStatus()
}

func (s *podStatuses) deleteStatus() {
	s.lock.Lock()
	defer s.lock.Unlock()
	s.count--
}

func (s *podStatuses) setStatus() {
	s.lock.Lock()
	defer s.lock.Unlock()
	s.count++
	s.updates <- true // want `send on s\.updates can block forever while it holds s\.lock`
}

func newPodStatuses() *podStatuses {
	return &podStatuses{updates: make(chan bool)}
}
