package main

import (
	"context"
	"os"

	"github.com/spf13/cobra"
)

func exec(ctx context.Context, args ...string) error { return ctx.Err() }

// Every caller passes cmd.Context() of a command this program runs with
// Execute(), never ExecuteContext nor SetContext: cobra gives it
// context.Background(), so there is no cancellation to lose.
func perturb(ctx context.Context, node string) error {
	if err := exec(context.Background(), "network", "disconnect", node); err != nil {
		return err
	}
	return exec(ctx, "restart", node)
}

func newRoot() *cobra.Command {
	root := &cobra.Command{Use: "runner"}
	root.AddCommand(&cobra.Command{
		Use: "perturb",
		RunE: func(cmd *cobra.Command, args []string) error {
			return perturb(cmd.Context(), args[0])
		},
	})
	return root
}

func main() {
	if err := newRoot().Execute(); err != nil {
		os.Exit(1)
	}
}
