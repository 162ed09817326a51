package rt

import "context"

// StartWorker runs jobs in the background.
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
