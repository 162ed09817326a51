package gl505

import (
	"context"
	"errors"
	"testing"
)

// consumer.Run blocks until its context is done and returns why: its only
// error is ctx.Err().
type consumer struct{ queue chan string }

func (c *consumer) Run(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case m := <-c.queue:
			_ = m
		}
	}
}

func (c *consumer) Serve(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

// A context that can only be cancelled (no deadline) ends with
// context.Canceled, which the check leaves out: the report never runs, late or
// not.
func TestConsumerCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := &consumer{queue: make(chan string)}
	go func() {
		if err := c.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("run: %v", err)
		}
	}()
	go func() {
		if err := c.Serve(ctx); err != nil && err != context.Canceled {
			t.Errorf("serve: %v", err)
		}
	}()
	mk := func() *consumer { return &consumer{queue: make(chan string)} }
	go func() {
		if err := mk().Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("run: %v", err)
		}
	}()
	c.queue <- "m"
}

// A context that is never done: ctx.Err() is nil.
func TestConsumerBackground(t *testing.T) {
	c := &consumer{queue: make(chan string)}
	go func() {
		if err := c.Serve(context.Background()); err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
}
