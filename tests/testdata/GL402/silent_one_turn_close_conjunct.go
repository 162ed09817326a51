package gl402

// The closing goroutine is started under a test of the counter joined by && to another term: it runs
// in one turn at most whatever the other term says.
func fanOutHalf(n int, spawn bool) {
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		if spawn && i == n/2 {
			go func() { close(done) }()
		}
	}
	<-done
}

// The same with a function that closes the channel it is handed when it returns.
func verifyLines(lines []string, done chan struct{}, parent bool) {
	defer close(done)
	child := make(chan struct{})
	for i := range lines {
		if parent && i == len(lines)/2 {
			go verifyLines(lines, child, false)
		}
	}
	if parent {
		<-child
	}
}
