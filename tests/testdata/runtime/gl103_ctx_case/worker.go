package rt

import "context"

// StartWorker handles jobs until... it never stops.
func StartWorker(ctx context.Context, jobs <-chan func()) {
	go func() { // want `loops for.ver`
		for {
			select {
			case job := <-jobs:
				job()
			}
		}
	}()
}
