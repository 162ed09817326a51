package gl402

// Each run gets the channel as an argument, and the variable gets a fresh
// channel right after the go statement: every goroutine closes its own.
func schedule(requests <-chan struct{}) {
	var cur chan struct{}
	next := make(chan struct{})
	for {
		select {
		case <-requests:
			if cur == nil {
				go finish(next)
				cur, next = next, make(chan struct{})
			}
		case <-cur:
			cur = nil
		}
	}
}
