package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

func exec(ctx context.Context, args ...string) error { return ctx.Err() }

// The program runs its commands with ExecuteContext(ctx): cmd.Context() is
// the interrupt-aware ctx, and the Background below drops it.
func perturb(ctx context.Context, node string) error {
	if err := exec(context.Background(), "network", "disconnect", node); err != nil { // want `context\.Background\(\) drops the received ctx \(ctx\)`
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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := newRoot().ExecuteContext(ctx); err != nil {
		os.Exit(1)
	}
}
