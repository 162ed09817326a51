package gl106

import (
	"context"
	"errors"
	"os"
	"os/signal"
)

// watchAlive's goroutine reports on the channel it is given. Its only caller makes that channel, hands
// it also to a function that only sends on it, and receives once with a plain receive that never looks
// at the context: cancelling ctx stops no receiver.
func watchAlive(ctx context.Context, ping func(context.Context) <-chan error, errCh chan error) {
	failed := ping(ctx)
	go func() {
		err := <-failed
		errCh <- err
	}()
}

func listenSignals(errCh chan error) {
	sigCh := make(chan os.Signal, 1)
	signal.Notify(sigCh, os.Interrupt)
	go func() {
		<-sigCh
		errCh <- errors.New("interrupted")
	}()
}

func startTerminator(ctx context.Context, ping func(context.Context) <-chan error, stop func(error)) {
	errCh := make(chan error, 1)
	listenSignals(errCh)
	watchAlive(ctx, ping, errCh)
	go func() {
		err := <-errCh
		stop(err)
	}()
}
