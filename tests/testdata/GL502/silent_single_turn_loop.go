package gl502

type pingTest struct {
	threads uint32
	done    chan struct{}
}

func ping(t *pingTest) error { return nil }

// The thread count is set to 1 right before the loop: it starts one goroutine, the only one that
// counts warmup down.
func runPing(t *pingTest, warmup uint32) {
	t.threads = 1
	for th := uint32(0); th < t.threads; th++ {
		go func() {
			for {
				select {
				case <-t.done:
					return
				default:
					if warmup > 0 {
						warmup--
					}
					_ = ping(t)
				}
			}
		}()
	}
}
