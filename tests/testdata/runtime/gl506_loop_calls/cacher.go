package rt

import "sync"

type Cacher struct {
	mu     sync.Mutex
	buffer []int
}

func (c *Cacher) startDispatching() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.buffer = c.buffer[:0]
}

// dispatchEvent resets the buffer (locking), then ranges over it unlocked.
func (c *Cacher) dispatchEvent() int {
	c.startDispatching()
	n := 0
	for range c.buffer {
		n++
	}
	return n
}

func DispatchAll(c *Cacher, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.dispatchEvent() // want `data race on c\.buffer: dispatchEvent reads it unlocked while another writes it`
		}()
	}
	wg.Wait()
}
