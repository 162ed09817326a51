package main

import (
	"context"
	"flag"
	"os"

	"github.com/google/subcommands"

	"example.com/modsubcommands/cmd"
)

func main() {
	ctx := context.Background()
	subcommands.Register(&cmd.SchemaCmd{}, "")
	flag.Parse()
	os.Exit(int(subcommands.Execute(ctx)))
}
