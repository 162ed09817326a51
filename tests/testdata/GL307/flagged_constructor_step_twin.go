package gl307

import (
	"encoding/json"
	"os"
	"sync"
)

// reload takes the two locks in the other order, and a goroutine the constructor started can run
// shouldSend on the same value at the same time.
type alertStore struct {
	shownMu   sync.Mutex
	fileMu    sync.Mutex
	displayed map[string]int
	path      string
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
	s.fileMu.Lock()
	defer s.fileMu.Unlock()
	data, err := os.ReadFile(s.path)
	if err != nil {
		return
	}
	s.shownMu.Lock() // want `lock order inversion: alertStore\.shownMu taken while holding alertStore\.fileMu`
	defer s.shownMu.Unlock()
	_ = json.Unmarshal(data, &s.displayed)
}

func (s *alertStore) writeCache() {
	s.fileMu.Lock()
	defer s.fileMu.Unlock()
	data, _ := json.Marshal(s.displayed)
	_ = os.WriteFile(s.path, data, 0o600)
}

func (s *alertStore) shouldSend(uid string) bool {
	s.shownMu.Lock()
	defer s.shownMu.Unlock()
	if _, ok := s.displayed[uid]; ok {
		return false
	}
	s.displayed[uid] = 1
	s.writeCache() // want `lock order inversion: alertStore\.fileMu taken while holding alertStore\.shownMu`
	return true
}
