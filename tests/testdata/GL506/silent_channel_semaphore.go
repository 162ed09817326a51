package gl506

// sendLock has one slot and is empty when held: it guards sendCases as a mutex would.
type semFeed struct {
	sendLock  chan struct{}
	sendCases []int
}

func newSemFeed() *semFeed {
	f := &semFeed{sendLock: make(chan struct{}, 1)}
	f.sendLock <- struct{}{}
	return f
}

func (f *semFeed) Send(v int) int {
	<-f.sendLock
	f.sendCases = append(f.sendCases, v)
	n := len(f.sendCases)
	f.sendLock <- struct{}{}
	return n
}

func sendAllSem(f *semFeed, n int) {
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func(i int) {
			f.Send(i)
			done <- struct{}{}
		}(i)
	}
	for i := 0; i < n; i++ {
		<-done
	}
}
