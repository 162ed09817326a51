package gl601

import "context"

// The same fields, but a goroutine waits on the context's Done(): with its cancel never called, it
// waits forever.
type streamInput struct {
	pollCtx    context.Context
	stopPoll context.CancelFunc
	topic        string
}

func (p *streamInput) startStream(topic string) error {
	p.pollCtx, p.stopPoll = context.WithCancel(context.Background()) // want `p\.stopPoll is never called`
	p.topic = topic
	go p.pollStream()
	return nil
}

func (p *streamInput) pollStream() {
	<-p.pollCtx.Done()
}
