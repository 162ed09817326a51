package main

import (
	"context"
	"flag"
	"os"
	"time"

	"github.com/google/subcommands"

	"example.com/modsubcommands_twin/cmd"
)

func main() {
	ctx, stop := context.WithTimeout(context.Background(), time.Minute)
	defer stop()
	subcommands.Register(&cmd.SchemaCmd{}, "")
	flag.Parse()
	os.Exit(int(subcommands.Execute(ctx)))
}
