package gl405

// burn computes in chunks and looks at stop between two chunks: the select does not wait, the loop
// works.
func burn(stop <-chan struct{}) uint64 {
	var x uint64
	for {
		select {
		case <-stop:
			return x
		default:
		}
		for i := 0; i < 1_000_000; i++ {
			x = x*1103515245 + 12345
		}
	}
}
