package gl307

import (
	"encoding/json"
	"os"
	"sync"
)

// readCache takes the two locks in the other order, but it only runs in the constructor, on the value
// it has just made: no other goroutine can hold displayedLock meanwhile.
type noticeStore struct {
	displayedLock sync.Mutex
	cacheLock     sync.Mutex
	displayed     map[string]int
	path          string
}

func newNoticeStore(path string) *noticeStore {
	s := &noticeStore{displayed: map[string]int{}, path: path}
	s.readCache()
	return s
}

func (s *noticeStore) readCache() {
	s.cacheLock.Lock()
	defer s.cacheLock.Unlock()
	data, err := os.ReadFile(s.path)
	if err != nil {
		return
	}
	s.displayedLock.Lock()
	defer s.displayedLock.Unlock()
	_ = json.Unmarshal(data, &s.displayed)
}

func (s *noticeStore) writeCache() {
	s.cacheLock.Lock()
	defer s.cacheLock.Unlock()
	data, _ := json.Marshal(s.displayed)
	_ = os.WriteFile(s.path, data, 0o600)
}

func (s *noticeStore) shouldSend(uid string) bool {
	s.displayedLock.Lock()
	defer s.displayedLock.Unlock()
	if _, ok := s.displayed[uid]; ok {
		return false
	}
	s.displayed[uid] = 1
	s.writeCache()
	return true
}
