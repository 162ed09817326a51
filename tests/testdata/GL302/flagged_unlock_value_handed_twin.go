package gl302

import "sync"

// waitNoSignal hands the server nothing that unlocks: the second Lock waits for itself.
func waitNoSignal() {
	var waitLock sync.Mutex
	waitLock.Lock()
	s := &starter{}
	go s.run()
	waitLock.Lock() // want `waitLock is locked again while this goroutine holds it: deadlock`
}
