package gl407

import "time"

// The period comes from the caller's rate: at a rate above a million per second it truncates to zero,
// time.Tick gives nil, and the receive in the default blocks forever while the stop is not watched.

type rateWorker struct {
	stopCh chan struct{}
	QPS    float64
	sent   int
}

func (w *rateWorker) send() { w.sent++ }

func (w *rateWorker) runAtRate(n int) {
	throttle := time.Tick(time.Duration(1e6/w.QPS) * time.Microsecond)
	for i := 0; i < n; i++ {
		select {
		case <-w.stopCh:
			return
		default:
			<-throttle // want `this blocks in the select's default, where the stop is not watched`
			w.send()
		}
	}
}
