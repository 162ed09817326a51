package gl402

// A closure makes a fresh channel per request under the same name, and hands
// it over on a channel of channels; the function receives each into its own
// unblock and closes it. Between the closes unblock is assigned again: two
// channels, each closed once (the closure's unblock is another variable).
func answerTwice(register func(func())) {
	requests := make(chan chan struct{})
	register(func() {
		unblock := make(chan struct{})
		requests <- unblock
		<-unblock
	})

	unblock := <-requests
	close(unblock)

	unblock = <-requests
	close(unblock)
}
