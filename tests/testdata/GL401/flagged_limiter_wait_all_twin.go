package gl401

// The goroutines never give their slot back: WaitAllDone says nothing about them, and
// the deferred close can come while one still sends.
func packIDsUncounted(c limiter, ids []int, results chan<- int) {
	defer close(results) // want `deferred close\(results\) runs at return, while a goroutine may still send`
	for _, id := range ids {
		c.Wait()
		go func(id int) {
			p, err := lookupPack(id)
			if err == nil {
				results <- p
			}
		}(id)
	}
	c.WaitAllDone()
}
