package gl601

import "context"

// The same fields, but a goroutine waits on the context's Done(): with its cancel never called, it
// waits forever.
type streamInput struct {
	streamCtx    context.Context
	streamCancel context.CancelFunc
	topic        string
}

func (p *streamInput) startStream(topic string) error {
	p.streamCtx, p.streamCancel = context.WithCancel(context.Background()) // want `p\.streamCancel is never called`
	p.topic = topic
	go p.pollStream()
	return nil
}

func (p *streamInput) pollStream() {
	<-p.streamCtx.Done()
}
