package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/urfave/cli/v3"
)

func mintCodes(ctx context.Context, n int) ([]string, error) {
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	default:
	}
	return make([]string, n), nil
}

// genCodes prints fresh codes; the program runs its commands with an interrupt-aware context.
func genCodes(ctx context.Context, cmd *cli.Command) error {
	codes, err := mintCodes(context.TODO(), int(cmd.Int("count"))) // want `context\.TODO\(\) drops the received ctx \(ctx\)`
	if err != nil {
		return err
	}
	fmt.Println(len(codes))
	return nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	app := &cli.Command{
		Name:   "codes",
		Action: genCodes,
	}
	if err := app.Run(ctx, os.Args); err != nil {
		os.Exit(1)
	}
}
