package gl504

import (
	"errors"
	"sync"
	"sync/atomic"
)

// segmentIndex loads its saved state (setting nextID plainly) before Open starts the
// goroutine that adds to it atomically: the go statement orders the writes first.
type segmentIndex struct {
	nextID   uint64
	onDisk   []uint64
	closeCh  chan struct{}
	tasks    sync.WaitGroup
	rootLock sync.RWMutex
	segments []uint64
}

func (s *segmentIndex) Open() error {
	if err := s.loadState(); err != nil {
		return err
	}
	s.tasks.Add(1)
	go s.mergeLoop()
	return nil
}

func (s *segmentIndex) loadState() error {
	if s.onDisk == nil {
		return errors.New("no state")
	}
	for _, id := range s.onDisk {
		if id > s.nextID {
			s.nextID = id
		}
	}
	s.nextID++
	return nil
}

func (s *segmentIndex) mergeLoop() {
	defer s.tasks.Done()
	for {
		select {
		case <-s.closeCh:
			return
		default:
		}
		s.planMerge()
	}
}

func (s *segmentIndex) planMerge() {
	id := atomic.AddUint64(&s.nextID, 1)
	s.rootLock.Lock()
	s.segments = append(s.segments[:0], id)
	s.rootLock.Unlock()
}

func (s *segmentIndex) Close() {
	close(s.closeCh)
	s.tasks.Wait()
}
