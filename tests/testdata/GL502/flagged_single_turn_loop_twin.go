package gl502

// The thread count is set to 2: two goroutines count the same warmup down.
func runPingTwin(t *pingTest, warmup uint32) {
	t.threads = 2
	for th := uint32(0); th < t.threads; th++ {
		go func() {
			for {
				select {
				case <-t.done:
					return
				default:
					if warmup > 0 {
						warmup-- // want `data race on warmup`
					}
					_ = ping(t)
				}
			}
		}()
	}
}

// Set to 1, but the loop's body raises it.
func runPingGrow(t *pingTest, warmup uint32) {
	t.threads = 1
	for th := uint32(0); th < t.threads; th++ {
		if warmup > 10 {
			t.threads = 2
		}
		go func() {
			warmup-- // want `data race on warmup`
		}()
	}
}
