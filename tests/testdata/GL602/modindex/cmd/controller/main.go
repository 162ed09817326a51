package main

import (
	"context"

	"example.com/ctrl/client"
	"example.com/modindex/controllers/ingress"
)

func run(ctx context.Context, mgr client.Manager) error {
	if err := ingress.Setup(ctx, mgr); err != nil {
		return err
	}
	return mgr.Start(ctx)
}

func main() { _ = run }
