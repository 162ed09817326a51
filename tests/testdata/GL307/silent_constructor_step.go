package gl307

import (
	"encoding/json"
	"os"
	"sync"
)

// readCache takes the two locks in the other order, but it only runs in the constructor, on the value
// it has just made: no other goroutine can hold shownMu meanwhile.
type noticeStore struct {
	shownMu   sync.Mutex
	fileMu    sync.Mutex
	displayed map[string]int
	path      string
}

func newNoticeStore(path string) *noticeStore {
	s := &noticeStore{displayed: map[string]int{}, path: path}
	s.readCache()
	return s
}

func (s *noticeStore) readCache() {
	s.fileMu.Lock()
	defer s.fileMu.Unlock()
	data, err := os.ReadFile(s.path)
	if err != nil {
		return
	}
	s.shownMu.Lock()
	defer s.shownMu.Unlock()
	_ = json.Unmarshal(data, &s.displayed)
}

func (s *noticeStore) writeCache() {
	s.fileMu.Lock()
	defer s.fileMu.Unlock()
	data, _ := json.Marshal(s.displayed)
	_ = os.WriteFile(s.path, data, 0o600)
}

func (s *noticeStore) shouldSend(uid string) bool {
	s.shownMu.Lock()
	defer s.shownMu.Unlock()
	if _, ok := s.displayed[uid]; ok {
		return false
	}
	s.displayed[uid] = 1
	s.writeCache()
	return true
}
