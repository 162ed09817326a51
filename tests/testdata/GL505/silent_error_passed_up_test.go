package gl505

import (
	"sync"
	"testing"
)

type subNode struct {
	mu   sync.Mutex
	subs map[string]int
}

// removeSub returns nil on every path.
func (n *subNode) removeSub(ch string) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.subs[ch]--
	return nil
}

type subClient struct {
	node     *subNode
	channels map[string]bool
}

// Each caller passes up the error of a callee that returns nil on every path.
func (c *subClient) unsubscribe(ch string) error {
	if !c.channels[ch] {
		return nil
	}
	if err := c.node.removeSub(ch); err != nil {
		return err
	}
	return nil
}

func (c *subClient) handleUnsubscribe(ch string) error {
	return c.unsubscribe(ch)
}

func TestErrorPassedUp(t *testing.T) {
	n := &subNode{subs: map[string]int{"a": 2}}
	done := make(chan struct{})
	for i := 0; i < 2; i++ {
		go func() {
			c := &subClient{node: n, channels: map[string]bool{"a": true}}
			if err := c.handleUnsubscribe("a"); err != nil {
				t.Fatal(err)
			}
			done <- struct{}{}
		}()
	}
	for i := 0; i < 2; i++ {
		<-done
	}
}
