package gl106

import "context"

type exportResult struct{ blocks int }

type exporter struct {
	done chan bool
}

func (ex *exporter) publish(out chan *exportResult) {
	<-ex.done
	out <- &exportResult{blocks: 1}
}

// launch's caller gives up once the context is cancelled: report's send then blocks forever.
func (ex *exporter) launch(ctx context.Context) chan *exportResult {
	out := make(chan *exportResult)
	go ex.publish(out) // want `ex.publish can block forever sending on out once ctx is cancelled`
	return out
}

func exportAll(ctx context.Context) int {
	ex := &exporter{done: make(chan bool, 1)}
	ex.done <- true
	select {
	case r := <-ex.launch(ctx):
		return r.blocks
	case <-ctx.Done():
		return 0
	}
}
