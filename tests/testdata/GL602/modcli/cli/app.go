package cli

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v3"
)

type listArgs struct{ Limit int }

func withArgs[T any](f func(context.Context, *cli.Command, T) error) func(context.Context, *cli.Command) error {
	return func(ctx context.Context, cmd *cli.Command) error {
		var args T
		return f(ctx, cmd, args)
	}
}

func fetch(ctx context.Context, n int) ([]string, error) {
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	default:
	}
	return make([]string, n), nil
}

func confirmed[T any](check func(context.Context, *cli.Command, T) error) func(context.Context, *cli.Command) (context.Context, error) {
	return func(ctx context.Context, cmd *cli.Command) (context.Context, error) {
		var args T
		return ctx, check(ctx, cmd, args)
	}
}

func positive(_ context.Context, _ *cli.Command, args listArgs) error {
	if args.Limit < 0 {
		return fmt.Errorf("negative limit %d", args.Limit)
	}
	return nil
}

// ListAction prints the items; main runs the commands with the root context, which the hooks keep.
func ListAction(ctx context.Context, cmd *cli.Command, args listArgs) error {
	items, err := fetch(context.Background(), args.Limit)
	if err != nil {
		return err
	}
	fmt.Println(len(items))
	return nil
}

// NewApp declares the program's commands.
func NewApp() *cli.Command {
	return &cli.Command{
		Name: "app",
		Commands: []*cli.Command{{
			Name:   "list",
			Before: confirmed[listArgs](positive),
			Action: withArgs[listArgs](ListAction),
		}},
	}
}
