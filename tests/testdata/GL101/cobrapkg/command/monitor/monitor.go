package monitor

import (
	"errors"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

// Command is the tool's monitor command; the program's main runs it.
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

// The command's last act, two calls down from its handler: when the interrupt wins it returns, the
// command returns and the process ends with the goroutine still trying to send.
func runLoop(args []string) {
	done := make(chan error)
	go func() {
		done <- watch(args)
	}()
	sigc := make(chan os.Signal, 1)
	signal.Notify(sigc, os.Interrupt)
	select {
	case <-sigc:
	case <-done:
	}
}
