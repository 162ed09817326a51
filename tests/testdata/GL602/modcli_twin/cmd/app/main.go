package main

import (
	"context"
	"os"
	"os/signal"

	appcli "example.com/modclitwin/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := appcli.NewApp().Run(ctx, os.Args); err != nil {
		os.Exit(1)
	}
}
