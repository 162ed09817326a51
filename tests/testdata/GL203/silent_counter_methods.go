package gl203

import "sync"

// The embedded WaitGroup counts registered listeners: each removal takes back the count that the
// listener's registration raised, under the same lock. No Add or Wait of the group is in the method,
// and no call hands it a group: nothing shows a path on which the Add(-1) runs first.
type listenerSet struct {
	sync.Mutex
	sync.WaitGroup
	listeners []chan<- int
}

func (s *listenerSet) addCountedListener(l chan<- int) {
	s.Lock()
	defer s.Unlock()
	s.Add(1)
	s.listeners = append(s.listeners, l)
}

func (s *listenerSet) removeCountedListener(l chan<- int) {
	s.Lock()
	defer s.Unlock()
	for i, x := range s.listeners {
		if x == l {
			s.listeners = append(s.listeners[:i], s.listeners[i+1:]...)
			s.Add(-1)
			return
		}
	}
}

func (s *listenerSet) closeCountedListeners() {
	for _, l := range s.listeners {
		close(l)
		s.Add(-1)
	}
	s.listeners = nil
}
