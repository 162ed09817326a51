package main

import (
	"context"
	"fmt"
	"time"

	"example.com/modcollect_twin/internal/probe"
)

func main() {
	ctx, stop := context.WithTimeout(context.Background(), time.Second)
	defer stop()
	results := probe.Collect(ctx, []string{"a", "b"})
	for {
		select {
		case <-ctx.Done():
			return
		case r, ok := <-results:
			if !ok {
				return
			}
			fmt.Println(r)
		}
	}
}
