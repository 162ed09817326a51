package gl406

func note() {}

// The loop leaves after its first send, a statement later: one value, received before the close.
func firstOnly(m map[string]int) {
	started := make(chan bool, 1)
	go func() {
		for range m {
			started <- true
			note()
			break
		}
	}()
	<-started
	close(started)
}
