package main

import (
	"context"
	"log"
	"os"
	"time"

	"github.com/urfave/cli/v2"
)

func retrieve(ctx context.Context, out chan string) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			out <- "id"
		case <-ctx.Done():
			return
		}
	}
}

// The command's handler, run by a literal that only calls it: when it returns early the
// process ends, with the goroutine still trying to send.
func simulate(cCtx *cli.Context) error {
	ctx, cancel := context.WithCancel(cCtx.Context)
	defer cancel()
	msgCh := make(chan string)
	go retrieve(ctx, msgCh)
	if cCtx.NArg() == 0 {
		return nil
	}
	log.Println(<-msgCh)
	return nil
}

func main() {
	app := &cli.App{
		Commands: []*cli.Command{
			{
				Name: "simulate",
				Action: func(cCtx *cli.Context) error {
					return simulate(cCtx)
				},
			},
		},
	}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
}
