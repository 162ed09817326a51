package gl101

// goResult runs f and sends its error on an unbuffered channel it returns.
func goResult(f func() error) chan error {
	ch := make(chan error)
	go func() {
		ch <- f()
	}()
	return ch
}

// The caller drops the channel: nobody can ever receive the goroutine's send.
func fireAndForget(f func() error) {
	goResult(f) // want `the channel goResult returns is dropped: its sender blocks forever`
}

func dropBlank(f func() error) {
	_ = goResult(f) // want `the channel goResult returns is dropped`
}

type resultWorker struct{ jobs int }

func (w *resultWorker) startResult() <-chan int {
	done := make(chan int)
	go func() {
		done <- w.jobs
	}()
	return done
}

// A method's result dropped: the same.
func kick(w *resultWorker) {
	w.startResult() // want `the channel w\.startResult returns is dropped`
}
