package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"time"
)

func fetch(n int) string { return fmt.Sprint(n) }

// reader is called once per batch, in run's loop: every batch cancelled leaves one more forwarder
// blocked while the program goes on.
func reader(ctx context.Context) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; ; i++ {
			out <- fetch(i) // want `this send blocks forever once ctx is cancelled`
		}
	}()
	return out
}

func run(ctx context.Context) error {
	for {
		bctx, cancel := context.WithTimeout(ctx, time.Second)
		msgs := reader(bctx)
		select {
		case <-bctx.Done():
		case m := <-msgs:
			fmt.Println(m)
		}
		cancel()
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
