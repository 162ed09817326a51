package gl407

type tcpJob struct{ n int }

type tcpWorker struct {
	ready chan tcpJob
	more  chan tcpJob
	sent  int
}

func (w *tcpWorker) serve(j tcpJob) { w.sent += j.n }

// The default blocks on another channel than the one whose close stops the worker.
func (w *tcpWorker) run() {
	for {
		select {
		case j, ok := <-w.ready:
			if !ok {
				return
			}
			w.serve(j)
		default:
			j := <-w.more // want `this blocks in the select's default, where the stop is not watched`
			w.serve(j)
		}
	}
}
