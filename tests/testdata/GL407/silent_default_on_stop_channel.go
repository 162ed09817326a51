package gl407

type udpJob struct{ n int }

type udpWorker struct {
	ready chan udpJob
	sent  int
}

func (w *udpWorker) serve(j udpJob) { w.sent += j.n }
func (w *udpWorker) flush()         {}

// The default flushes and then blocks on the same channel the stop case reads: its close (the stop)
// wakes that receive too, and the worker returns.
func (w *udpWorker) run() {
	for {
		select {
		case j, ok := <-w.ready:
			if !ok {
				w.flush()
				return
			}
			w.serve(j)
		default:
			w.flush()
			j, ok := <-w.ready
			if !ok {
				return
			}
			w.serve(j)
		}
	}
}
