package gl406

// A continue before the break lets the loop send again after the close.
func firstOrMore(m map[string]int) {
	started := make(chan bool, 1)
	go func() {
		for _, v := range m {
			started <- true
			if v > 0 {
				continue
			}
			break
		}
	}()
	<-started
	close(started) // want `close\(started\) by its receiver`
}
