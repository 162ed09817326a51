package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func fetch(n int) string { return fmt.Sprint(n) }

// reader forwards messages; run, which main calls as its last act, calls it once. When run stops
// receiving it returns, and main exits: the forwarder left blocked ends with the process.
func reader(ctx context.Context) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; ; i++ {
			out <- fetch(i)
		}
	}()
	return out
}

func run(ctx context.Context) error {
	msgs := reader(ctx)
	for i := 0; i < 10; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case m := <-msgs:
			fmt.Println(m)
		}
	}
	return nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
