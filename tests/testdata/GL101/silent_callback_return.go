package gl101

// A goroutine started inside a callback sends on a channel of the enclosing function, which receives
// on every path: the callback's own return skips no receive.

type eventSource struct{ handlers []func() interface{} }

func (s *eventSource) On(event string, cb func() interface{}) { s.handlers = append(s.handlers, cb) }

func (s *eventSource) Fire() {
	for _, h := range s.handlers {
		h()
	}
}

func waitLoaded(s *eventSource) {
	loaded := make(chan struct{})
	s.On("loadend", func() interface{} {
		go func() {
			loaded <- struct{}{}
		}()
		return nil
	})
	go s.Fire()
	<-loaded
}
