package main

import (
	"context"
	"os"

	appcli "example.com/modcli/cli"
)

func main() {
	if err := appcli.NewApp().Run(context.Background(), os.Args); err != nil {
		os.Exit(1)
	}
}
