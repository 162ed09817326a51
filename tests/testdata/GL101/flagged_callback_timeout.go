package gl101

import "time"

type notifier struct{ handlers []func() }

func (n *notifier) On(cb func()) { n.handlers = append(n.handlers, cb) }

// The callback may run after the function gave up waiting: its goroutine's send then blocks forever.
func waitNotified(n *notifier) bool {
	fired := make(chan struct{})
	n.On(func() {
		go func() {
			fired <- struct{}{} // want `goroutine blocks forever sending on fired`
		}()
	})
	select {
	case <-fired:
		return true
	case <-time.After(time.Second):
		return false
	}
}
