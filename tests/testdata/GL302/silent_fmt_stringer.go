package gl302

import (
	"fmt"
	"sync"
)

type peerSet struct {
	mu    sync.Mutex
	peers []string
	name  string
}

func (p *peerSet) String() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return fmt.Sprint(p.peers)
}

// A value with a String method that takes no lock.
type peerCount struct {
	n int
}

func (c peerCount) String() string { return fmt.Sprint(c.n) }

// Operands fmt does not format with String: %d, %p, %T, %#v (GoString), a field of the value; and the
// call made once the lock is released.
func (p *peerSet) report() string {
	p.mu.Lock()
	out := fmt.Sprintf("%d %p %T %#v %s %s", len(p.peers), p, p, p.peers, p.name, peerCount{len(p.peers)})
	p.mu.Unlock()
	return out + fmt.Sprintf(" %v", p)
}

// A format that is not a literal: the operands' verbs are unknown.
func (p *peerSet) logWith(format string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return fmt.Sprintf(format, p)
}
