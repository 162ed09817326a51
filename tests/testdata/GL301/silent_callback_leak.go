package gl301

import "time"

// A closure with a result may tell its caller that it holds the lock: the
// caller that got true unlocks.
func (c *subConnCache) take(k int) bool {
	acquire := func() bool {
		c.mu.Lock()
		if c.aborted[k] {
			c.mu.Unlock()
			return false
		}
		return true
	}
	if !acquire() {
		return false
	}
	delete(c.entries, k)
	c.mu.Unlock()
	return true
}

// A callback that only locks, paired with one that unlocks: the lock is
// handed from one to the other on purpose.
func (c *subConnCache) freeze(d time.Duration) (func(), func()) {
	lock := func() { c.mu.Lock() }
	unlock := func() { c.mu.Unlock() }
	time.AfterFunc(d, unlock)
	return lock, unlock
}

// The callback's every path unlocks.
func (c *subConnCache) expireClean(k int, after time.Duration) {
	time.AfterFunc(after, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.aborted[k] {
			return
		}
		delete(c.entries, k)
	})
}
