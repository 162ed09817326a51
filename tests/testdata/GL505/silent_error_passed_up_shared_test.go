package gl505

import (
	"errors"
	"testing"
)

func (n *subNode) removeSubChecked(ch string) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.subs[ch] == 0 {
		return errors.New("not subscribed")
	}
	n.subs[ch]--
	return nil
}

func (c *subClient) unsubscribeChecked(ch string) error {
	if err := c.node.removeSubChecked(ch); err != nil {
		return err
	}
	return nil
}

// The error passed up can be non-nil: the second goroutine finds the count at zero. The count is
// another type's field, changed by another method: goleash does not see the goroutines race for
// it, and stays silent (a known miss).
func TestErrorPassedUpMayFail(t *testing.T) {
	n := &subNode{subs: map[string]int{"a": 1}}
	done := make(chan struct{})
	for i := 0; i < 2; i++ {
		go func() {
			c := &subClient{node: n, channels: map[string]bool{"a": true}}
			if err := c.unsubscribeChecked("a"); err != nil {
				t.Fatal(err)
			}
			done <- struct{}{}
		}()
	}
	for i := 0; i < 2; i++ {
		<-done
	}
}
