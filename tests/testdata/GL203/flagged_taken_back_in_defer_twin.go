package gl203

import "sync"

// rpcServerTwin takes a count back in its deferred cleanup, but the call may
// already have paid it with Done: the deferred Add(-1) then takes the counter
// below zero.
type rpcServerTwin struct {
	wg        sync.WaitGroup
	executing int64
}

func (s *rpcServerTwin) runFunc(f func()) {
	s.wg.Add(1)
	defer func() {
		s.wg.Add(-1) // want "Done in disguise"
		if r := recover(); r != nil {
			_ = r
		}
	}()
	f()
	s.wg.Done()
}

func (s *rpcServerTwin) Close() { s.wg.Wait() }
