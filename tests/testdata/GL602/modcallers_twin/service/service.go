package service

import (
	"context"
	"fmt"

	"example.com/modcallers_twin/internal/store"
)

func Run(ctx context.Context, s *store.Store) {
	fmt.Println(s.Sync(ctx))
}
