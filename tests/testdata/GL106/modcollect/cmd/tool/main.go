package main

import (
	"context"
	"fmt"

	"example.com/modcollect/internal/probe"
)

func main() {
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	for r := range probe.Collect(ctx, []string{"a", "b"}) {
		fmt.Println(r)
	}
}
