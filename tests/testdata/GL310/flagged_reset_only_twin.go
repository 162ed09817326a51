package gl310

import "sync"

// After waking, the waiter takes an item the condition promised: another waiter may have taken it.
type oneItem struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func (o *oneItem) take() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.items) == 0 {
		o.cond.Wait() // want `o\.cond\.Wait\(\) under an if, not a loop`
	}
	v := o.items[0]
	o.items = o.items[1:]
	return v
}
