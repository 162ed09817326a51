package main

import (
	"context"
	"fmt"
	"os"

	"example.com/modexit/internal/app"
)

func terminateFatal(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

func main() {
	ctx := context.Background()
	if err := app.Start(ctx); err != nil {
		terminateFatal(err)
	}
}
