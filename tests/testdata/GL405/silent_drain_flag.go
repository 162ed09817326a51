package gl405

// drainAll empties the channel: the default marks it empty and the test
// right after the select leaves the loop.
func drainAll(ch chan int) {
	for {
		var empty bool
		select {
		case <-ch:
		default:
			empty = true
		}
		if empty {
			break
		}
	}
}
