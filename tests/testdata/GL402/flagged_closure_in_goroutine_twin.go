package gl402

import "time"

// The goroutine's closure closes the channel on failure, and the function closes it too once its wait
// is over: two goroutines close it.
func sendFileTimed(d time.Duration) <-chan sendResult {
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
		ch <- sendResult{ok: true}
	}()
	time.Sleep(d)
	close(ch) // want `close\(ch\) can run twice` `close\(ch\) while a goroutine may still send on it`
	return ch
}
