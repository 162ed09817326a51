package gl106

import "context"

type groupView struct {
	syncMessages chan string
	history      []string
}

// The view's own goroutine ranges over syncMessages for as long as the view lives, whatever ctx does.
func (v *groupView) loop(ctx context.Context, updates <-chan string) {
	go func() {
		for m := range v.syncMessages {
			v.history = append(v.history, m)
		}
	}()
	go func() {
		for u := range updates {
			v.syncMessages <- u
		}
	}()
	<-ctx.Done()
}
