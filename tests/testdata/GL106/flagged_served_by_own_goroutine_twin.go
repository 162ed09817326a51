package gl106

import "context"

type groupViewTwin struct {
	syncMessages chan string
	history      []string
}

// The view's receiver stops on ctx: the relay's plain send then waits for good.
func (v *groupViewTwin) loop(ctx context.Context, updates <-chan string) {
	go func(done <-chan struct{}) {
		for {
			select {
			case m := <-v.syncMessages:
				v.history = append(v.history, m)
			case <-done:
				return
			}
		}
	}(ctx.Done())
	go func() {
		for u := range updates {
			v.syncMessages <- u // want `this send blocks forever once ctx is cancelled`
		}
	}()
	<-ctx.Done()
}
