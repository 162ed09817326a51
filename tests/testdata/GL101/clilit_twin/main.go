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

// Not the handler: the command's literal runs it once per argument, and each early return
// leaves a goroutine behind while the process goes on.
func simulateOne(cCtx *cli.Context, arg string) error {
	ctx, cancel := context.WithCancel(cCtx.Context)
	defer cancel()
	msgCh := make(chan string)
	go retrieve(ctx, msgCh) // want `goroutine blocks forever sending on msgCh`
	if arg == "" {
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
					for _, a := range cCtx.Args().Slice() {
						if err := simulateOne(cCtx, a); err != nil {
							return err
						}
					}
					return nil
				},
			},
		},
	}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
}
