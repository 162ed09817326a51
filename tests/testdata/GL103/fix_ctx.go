package gl103

import "context"

type server struct {
	jobs chan func()
}

func (s *server) Serve(ctx context.Context) {
	go func() { // want `loops for.ver`
		for {
			select {
			case job := <-s.jobs:
				job()
			}
		}
	}()
}
