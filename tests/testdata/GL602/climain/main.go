package main

import (
	"context"
	"fmt"
	"os"

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

// genCodes prints fresh codes; the program runs its commands with the root context.
func genCodes(ctx context.Context, cmd *cli.Command) error {
	codes, err := mintCodes(context.TODO(), int(cmd.Int("count")))
	if err != nil {
		return err
	}
	fmt.Println(len(codes))
	return nil
}

func main() {
	app := &cli.Command{
		Name:   "codes",
		Action: genCodes,
	}
	if err := app.Run(context.Background(), os.Args); err != nil {
		os.Exit(1)
	}
}
