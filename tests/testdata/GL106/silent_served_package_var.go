package gl106

import (
	"context"
	"os"
	"os/signal"
)

// shutdownAsked is a package channel (its type only spelled by its make): the listener
// below serves it for the life of the process, whatever the contexts do.
var shutdownAsked = make(chan struct{})

var listenerQuit = make(chan struct{})

func quitListener() { close(listenerQuit) }

func listenShutdown() context.Context {
	ctx, stop := context.WithCancel(context.Background())
	go func() {
		interrupts := make(chan os.Signal, 1)
		signal.Notify(interrupts, os.Interrupt)
		select {
		case <-interrupts:
		case <-shutdownAsked:
		}
		stop()
		for {
			select {
			case <-interrupts:
			case <-shutdownAsked:
			case <-listenerQuit:
				return
			}
		}
	}()
	return ctx
}

type rpcFront struct{ asked chan struct{} }

func startFront(ctx context.Context, f *rpcFront) {
	go func() {
		<-f.asked
		shutdownAsked <- struct{}{}
	}()
}
