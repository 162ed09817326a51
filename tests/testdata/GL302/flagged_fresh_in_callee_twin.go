package gl302

import "sync"

type fileNode2 struct {
	mu   sync.Mutex
	size int
}

func (n *fileNode2) Lock()   { n.mu.Lock() }
func (n *fileNode2) Unlock() { n.mu.Unlock() }

type nodeSuite2 struct {
	in *fileNode2
}

// lockNode locks the node the suite already has, and then gives it a new one.
func (s *nodeSuite2) lockNode(size int) {
	s.in.Lock()
	s.in = &fileNode2{size: size}
}

func (s *nodeSuite2) resize(size int) int {
	s.in.Lock()
	if size > 1 {
		s.lockNode(size) // want `locks s\.in\.mu again while it is held here: deadlock`
	}
	n := s.in.size
	s.in.Unlock()
	return n
}
