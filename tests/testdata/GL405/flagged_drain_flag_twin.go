package gl405

// The twin: the flag the loop tests is set by the receive, not by the
// default, so the default turns spin.
func drainUntilValue(ch chan int) {
	for {
		var got bool
		select {
		case <-ch:
			got = true
		default: // want `empty default in a select loop`
		}
		if got {
			break
		}
	}
}
