package gl310

import "sync"

type rpcServer struct{}

func (s *rpcServer) serve(addr string, started func()) { started() }

// The Cond is made in the if's own block, after the test: addr != "" is not what it waits for. The
// lock is held from before the goroutine starts until Wait, so its one Signal comes after the Wait.
func startServer(s *rpcServer, addr string) {
	if addr != "" {
		cond := sync.NewCond(&sync.Mutex{})
		cond.L.Lock()
		defer cond.L.Unlock()
		go s.serve(addr, func() {
			cond.L.Lock()
			cond.Signal()
			cond.L.Unlock()
		})
		cond.Wait()
	}
}
