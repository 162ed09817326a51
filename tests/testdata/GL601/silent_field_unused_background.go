package gl601

import "context"

// The plugin keeps a context of context.Background() and its cancel, and uses neither: the child of a
// root registers nothing with it and starts no timer, and nothing waits on its Done(). It is garbage,
// not a leak.
type kafkaInput struct {
	inputCtx    context.Context
	inputCancel context.CancelFunc
	topic       string
}

func (p *kafkaInput) startInput(topic string) error {
	p.inputCtx, p.inputCancel = context.WithCancel(context.Background())
	p.topic = topic
	return nil
}
