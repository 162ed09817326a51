package gl402

// Joined by || the other term can start a goroutine in every turn.
func fanOutEither(n int, spawn bool) {
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		if spawn || i == n/2 {
			go func() { close(done) }() // want `Every goroutine started by this loop closes it`
		}
	}
	<-done
}
