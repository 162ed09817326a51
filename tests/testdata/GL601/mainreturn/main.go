package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

func serve(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

// A return from main ends the program: the context made for the server
// leaks nothing on the --version path.
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	if len(os.Args) > 1 && os.Args[1] == "--version" {
		fmt.Println("v1")
		return
	}
	_ = serve(ctx)
	cancel()
}
