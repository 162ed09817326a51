package gl307

import (
	"encoding/json"
	"os"
	"sync"
)

// reload takes the two locks in the other order, and a goroutine the constructor started can run
// shouldSend on the same value at the same time.
type alertStore struct {
	displayedLock sync.Mutex
	cacheLock     sync.Mutex
	displayed     map[string]int
	path          string
}

func newAlertStore(path string, events <-chan string) *alertStore {
	s := &alertStore{displayed: map[string]int{}, path: path}
	go func() {
		for uid := range events {
			s.shouldSend(uid)
		}
	}()
	s.reload()
	return s
}

func (s *alertStore) reload() {
	s.cacheLock.Lock()
	defer s.cacheLock.Unlock()
	data, err := os.ReadFile(s.path)
	if err != nil {
		return
	}
	s.displayedLock.Lock() // want `lock order inversion: alertStore\.displayedLock taken while holding alertStore\.cacheLock`
	defer s.displayedLock.Unlock()
	_ = json.Unmarshal(data, &s.displayed)
}

func (s *alertStore) writeCache() {
	s.cacheLock.Lock()
	defer s.cacheLock.Unlock()
	data, _ := json.Marshal(s.displayed)
	_ = os.WriteFile(s.path, data, 0o600)
}

func (s *alertStore) shouldSend(uid string) bool {
	s.displayedLock.Lock()
	defer s.displayedLock.Unlock()
	if _, ok := s.displayed[uid]; ok {
		return false
	}
	s.displayed[uid] = 1
	s.writeCache() // want `lock order inversion: alertStore\.cacheLock taken while holding alertStore\.displayedLock`
	return true
}
