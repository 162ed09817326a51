package gl405

// Drains each channel without blocking: the default continues the outer loop,
// so the inner one ends as soon as its channel is empty. Nothing spins.
func drainAll(chans []chan int) int {
	n := 0
Outer:
	for _, ch := range chans {
		for {
			select {
			case v := <-ch:
				n += v
			default:
				continue Outer
			}
		}
	}
	return n
}

// Continuing its own loop by label is still a spin.
func spinLabeled(ch chan int) {
Poll:
	for {
		select {
		case <-ch:
			return
		default: // want `empty default in a select loop`
			continue Poll
		}
	}
}
