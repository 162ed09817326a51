package gl302

import "sync"

type fileNode struct {
	mu   sync.Mutex
	size int
}

func (n *fileNode) Lock()   { n.mu.Lock() }
func (n *fileNode) Unlock() { n.mu.Unlock() }

type nodeSuite struct {
	in *fileNode
}

// makeNode gives the suite a new node and returns holding the new node's lock.
func (s *nodeSuite) makeNode(size int) {
	s.in = &fileNode{size: size}
	s.in.Lock()
}

// The node held here is replaced by makeNode before it locks: the second Lock is on another mutex.
func (s *nodeSuite) resize(size int) int {
	s.makeNode(1)
	if size > 1 {
		s.makeNode(size)
	}
	n := s.in.size
	s.in.Unlock()
	return n
}
