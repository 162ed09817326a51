package gl301

import "sync"

type skipNode struct {
	mu      sync.Mutex
	deleted bool
}

type skipList struct{ nodes []*skipNode }

func (l *skipList) findVictim() *skipNode { return l.nodes[0] }

func (l *skipList) mustRetry() bool { return len(l.nodes) > 1 }

// isMarked is declared without a value (false until set) and set right after the victim is locked:
// the final return is reached only while it is false, when nothing is locked.
func (l *skipList) deleteMarked() bool {
	var (
		victim   *skipNode
		isMarked bool
	)
	for {
		n := l.findVictim()
		if isMarked || n != nil {
			if !isMarked {
				victim = n
				victim.mu.Lock()
				victim.deleted = true
				isMarked = true
			}
			if l.mustRetry() {
				continue
			}
			victim.mu.Unlock()
			return true
		}
		return false
	}
}
