package gl405

// The chunk is computed once, before the loop: the loop itself only polls stop.
func burnOnce(stop <-chan struct{}) uint64 {
	var x uint64
	for i := 0; i < 1_000_000; i++ {
		x = x*1103515245 + 12345
	}
	for {
		select {
		case <-stop:
			return x
		default: // want `empty default in a select loop: it spins a CPU core`
		}
		x++
	}
}
