package gl301

import (
	"errors"
	"sync"
	"time"
)

type shard struct {
	rwLock  sync.RWMutex
	rangeID int64
	valid   bool
}

var errStale = errors.New("stale")

// AssertOwnership unlocks on every path before it calls handleWriteError,
// which locks with wLock and releases with a deferred wUnlock: nothing is held
// on return. (wUnlock, declared below, asks what its callers hold; their
// flows need wUnlock's own summary: the answer must not depend on the order.)
func (s *shard) AssertOwnership(check func(int64) error) error {
	s.wLock()
	err := check(s.rangeID)
	if err != nil {
		s.wUnlock()
		return err
	}
	rangeID := s.rangeID
	s.wUnlock()

	err = check(rangeID)
	return s.handleWriteError(rangeID, err)
}

func (s *shard) handleWriteError(rangeID int64, err error) error {
	s.wLock()
	defer s.wUnlock()
	return s.handleWriteErrorLocked(rangeID, err)
}

func (s *shard) handleWriteErrorLocked(rangeID int64, err error) error {
	if rangeID != s.rangeID || err == nil {
		return err
	}
	s.valid = false
	return errStale
}

func observe(time.Duration) {}

func (s *shard) wLock() {
	start := time.Now()
	defer func() { observe(time.Since(start)) }()
	s.rwLock.Lock()
}

func (s *shard) wUnlock() {
	s.rwLock.Unlock()
}
