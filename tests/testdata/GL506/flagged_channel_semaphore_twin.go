package gl506

// Two slots: two senders hold it at once, and both write sendCases.
type semFeedTwin struct {
	sendLock  chan struct{}
	sendCases []int
}

func newSemFeedTwin() *semFeedTwin {
	f := &semFeedTwin{sendLock: make(chan struct{}, 2)}
	f.sendLock <- struct{}{}
	f.sendLock <- struct{}{}
	return f
}

func (f *semFeedTwin) Send(v int) int {
	<-f.sendLock
	f.sendCases = append(f.sendCases, v)
	n := len(f.sendCases)
	f.sendLock <- struct{}{}
	return n
}

func sendAllSemTwin(f *semFeedTwin, n int) {
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func(i int) {
			f.Send(i) // want `data race on f\.sendCases`
			done <- struct{}{}
		}(i)
	}
	for i := 0; i < n; i++ {
		<-done
	}
}
