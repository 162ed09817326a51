package monitor

import (
	"errors"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

// Command is a library's command: no program of this module runs it, and the program that does may
// go on after it returns.
func Command() *cobra.Command {
	return &cobra.Command{
		Use: "monitor",
		Run: runCommand,
	}
}

func runCommand(cmd *cobra.Command, args []string) {
	subscribe(args)
}

func subscribe(args []string) {
	runLoop(args)
}

func watch(args []string) error {
	if len(args) == 0 {
		return errors.New("nothing to watch")
	}
	return nil
}

func runLoop(args []string) {
	done := make(chan error)
	go func() {
		done <- watch(args) // want `goroutine blocks forever sending on done`
	}()
	sigc := make(chan os.Signal, 1)
	signal.Notify(sigc, os.Interrupt)
	select {
	case <-sigc:
	case <-done:
	}
}
