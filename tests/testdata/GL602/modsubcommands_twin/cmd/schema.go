// Package cmd holds the program's subcommands.
package cmd

import (
	"context"
	"flag"

	"github.com/google/subcommands"

	"example.com/modsubcommands_twin/schema"
)

// SchemaCmd converts a schema.
type SchemaCmd struct{ dir string }

// Name names the command.
func (*SchemaCmd) Name() string { return "schema" }

// Execute is run by subcommands.Execute with a context that times out.
func (c *SchemaCmd) Execute(ctx context.Context, f *flag.FlagSet, _ ...interface{}) subcommands.ExitStatus {
	_ = ctx
	if err := schema.Convert(context.Background(), c.dir); err != nil { // want "drops the received ctx"
		return subcommands.ExitFailure
	}
	return subcommands.ExitSuccess
}
