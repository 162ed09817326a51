package gl402

type sendResult struct {
	ok  bool
	err error
}

func writePake() error { return nil }
func readAck() error   { return nil }

// Both closes run in the one goroutine: the closure that closes on failure is made and called only
// there, and each call is followed by return, so the last close runs only when it never ran.
func sendFile() <-chan sendResult {
	ch := make(chan sendResult, 1)
	go func() {
		sendErr := func(err error) {
			ch <- sendResult{err: err}
			close(ch)
		}
		if err := writePake(); err != nil {
			sendErr(err)
			return
		}
		if err := readAck(); err != nil {
			sendErr(err)
			return
		}
		ch <- sendResult{ok: true}
		close(ch)
	}()
	return ch
}
