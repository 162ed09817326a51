// Package subcommands is a stand-in for github.com/google/subcommands: the commander hands the
// context Execute is given to the command it runs.
package subcommands

import (
	"context"
	"flag"
	"os"
)

// ExitStatus is a command's outcome.
type ExitStatus int

// The outcomes.
const (
	ExitSuccess ExitStatus = iota
	ExitFailure
)

// Command is one subcommand.
type Command interface {
	Name() string
	Execute(ctx context.Context, f *flag.FlagSet, args ...interface{}) ExitStatus
}

var commands []Command

// Register adds a command.
func Register(c Command, group string) { commands = append(commands, c) }

// Execute runs the command the arguments name, with ctx.
func Execute(ctx context.Context, args ...interface{}) ExitStatus {
	for _, c := range commands {
		if len(os.Args) > 1 && c.Name() == os.Args[1] {
			return c.Execute(ctx, flag.NewFlagSet(c.Name(), flag.ExitOnError), args...)
		}
	}
	return ExitFailure
}
