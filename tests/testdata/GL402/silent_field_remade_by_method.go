package gl402

import "sync"

// The second close is of another channel: startPrinter, called between the two closes, makes
// r.lines anew.
type resolver struct {
	lines   chan string
	printed sync.WaitGroup
}

func (r *resolver) startPrinter() {
	r.lines = make(chan string)
	r.printed.Add(1)
	go func() {
		defer r.printed.Done()
		for l := range r.lines {
			println(l)
		}
	}()
}

func (r *resolver) run(hosts []string, filter bool) {
	r.startPrinter()
	for _, h := range hosts {
		r.lines <- h
	}
	close(r.lines)
	r.printed.Wait()
	if filter {
		r.startPrinter()
		for _, h := range hosts {
			r.lines <- "kept " + h
		}
		close(r.lines)
		r.printed.Wait()
	}
}
