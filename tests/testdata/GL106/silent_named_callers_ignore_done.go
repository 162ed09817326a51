package gl106

import "context"

type importResult struct{ blocks int }

type importer struct {
	done chan bool
}

func (im *importer) report(out chan *importResult) {
	<-im.done
	out <- &importResult{blocks: 1}
}

// begin starts the status goroutine and returns its result channel. Its only caller
// receives that channel with a plain receive and never looks at the context.
func (im *importer) begin(ctx context.Context) chan *importResult {
	go func() {
		<-ctx.Done()
		im.done <- true
	}()
	out := make(chan *importResult)
	go im.report(out)
	return out
}

func importAll(ctx context.Context) int {
	im := &importer{done: make(chan bool, 1)}
	r := <-im.begin(ctx)
	return r.blocks
}
