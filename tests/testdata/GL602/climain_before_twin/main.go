package main

import (
	"context"
	"errors"
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

// confirmed wraps a check as a Before hook; the hook hands back the context it was given.
func confirmed[T any](check func(context.Context, *cli.Command, T) error) func(context.Context, *cli.Command) (context.Context, error) {
	return func(ctx context.Context, cmd *cli.Command) (context.Context, error) {
		var zero T
		return ctx, check(ctx, cmd, zero)
	}
}

func positive(_ context.Context, cmd *cli.Command, _ struct{}) error {
	if cmd.Int("count") <= 0 {
		return errors.New("count must be positive")
	}
	return nil
}

var stop context.CancelFunc

func logged(ctx context.Context, cmd *cli.Command) (context.Context, error) {
	fmt.Println("running", cmd.Name)
	ctx, stop = signal.NotifyContext(ctx, os.Interrupt)
	return ctx, nil
}

// genCodes prints fresh codes; the program runs its commands with the root context, but a Before hook
// hands on one of its own.
func genCodes(ctx context.Context, cmd *cli.Command) error {
	codes, err := mintCodes(context.TODO(), int(cmd.Int("count"))) // want `context\.TODO\(\) drops the received ctx \(ctx\)`
	if err != nil {
		return err
	}
	fmt.Println(len(codes))
	return nil
}

func main() {
	app := &cli.Command{
		Name:   "codes",
		Before: logged,
		Commands: []*cli.Command{{
			Name:   "gen",
			Before: confirmed(positive),
			Action: genCodes,
		}},
	}
	err := app.Run(context.Background(), os.Args)
	if stop != nil {
		stop()
	}
	if err != nil {
		os.Exit(1)
	}
}
