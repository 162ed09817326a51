package gl504

import (
	"sync"
	"sync/atomic"
)

// Reopen starts the merger before it reloads the state: the plain writes race with
// the merger's atomic adds.
type segmentLog struct {
	nextID   uint64
	onDisk   []uint64
	closeCh  chan struct{}
	tasks    sync.WaitGroup
	rootLock sync.RWMutex
	segments []uint64
}

func (s *segmentLog) Reopen() {
	s.tasks.Add(1)
	go s.compactLoop()
	s.reloadState()
}

func (s *segmentLog) reloadState() {
	for _, id := range s.onDisk {
		if id > s.nextID { // want `s\.nextID is accessed with sync/atomic elsewhere but plainly here`
			s.nextID = id // want `s\.nextID is accessed with sync/atomic elsewhere but plainly here`
		}
	}
}

func (s *segmentLog) compactLoop() {
	defer s.tasks.Done()
	for {
		select {
		case <-s.closeCh:
			return
		default:
		}
		s.planCompaction()
	}
}

func (s *segmentLog) planCompaction() {
	id := atomic.AddUint64(&s.nextID, 1)
	s.rootLock.Lock()
	s.segments = append(s.segments[:0], id)
	s.rootLock.Unlock()
}

func (s *segmentLog) Close() {
	close(s.closeCh)
	s.tasks.Wait()
}
