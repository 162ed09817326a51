package gl402

import "sync"

// restartCounter only resets a counter: filterRun's second close is of the channel already closed.
type filterRunner struct {
	out     chan string
	count   int
	printed sync.WaitGroup
}

func (r *filterRunner) startOut() {
	r.out = make(chan string)
	r.printed.Add(1)
	go func() {
		defer r.printed.Done()
		for l := range r.out {
			println(l)
		}
	}()
}

func (r *filterRunner) restartCounter() {
	r.count = 0
}

func (r *filterRunner) filterRun(hosts []string, filter bool) {
	r.startOut()
	for _, h := range hosts {
		r.out <- h
	}
	close(r.out)
	r.printed.Wait()
	if filter {
		r.restartCounter()
		close(r.out) // want `close\(r.out\) can run twice`
	}
}
