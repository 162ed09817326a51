package gl203

import "sync"

// rpcServer counts the calls it is running: each call raises the count and
// takes it back in its deferred cleanup, which runs after everything the call
// does. Close waits for the calls still running.
type rpcServer struct {
	wg        sync.WaitGroup
	executing int64
}

func (s *rpcServer) runFunc(f func()) {
	s.wg.Add(1)
	defer func() {
		s.wg.Add(-1)
		if r := recover(); r != nil {
			_ = r
		}
	}()
	f()
}

func (s *rpcServer) Close() { s.wg.Wait() }
