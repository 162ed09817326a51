package gl102

// A channel the function makes and hands to package code that never signals it: the receive waits
// forever.
type pinger struct {
	ticks chan int
}

func (p *pinger) ping(done chan struct{}) {
	select {
	case p.ticks <- 1:
	default:
	}
}

func waitPinged(p *pinger) {
	done := make(chan struct{})
	go p.ping(done)
	<-done // want `receive from done blocks forever: nothing sends on or closes done\. The function waits here for good`
}

// The same, in a goroutine (the watcher ranges over its input and was to close done at the end).
func (p *pinger) watch(in chan int, done chan bool) {
	for v := range in {
		p.ticks <- v
	}
}

func dialPinger(p *pinger, in chan int) {
	go func() {
		doneChan := make(chan bool)
		go p.watch(in, doneChan)
		<-doneChan // want `receive from doneChan blocks forever: nothing sends on or closes doneChan\. This goroutine waits`
	}()
}
