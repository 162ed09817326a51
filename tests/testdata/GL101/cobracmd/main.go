package main

import (
	"errors"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

var buildCmd = &cobra.Command{
	Use:  "build",
	RunE: buildCmdRun,
}

func build(path string) error {
	if path == "" {
		return errors.New("no path")
	}
	return nil
}

// The command's handler: when the interrupt wins, it returns and the process ends with the
// goroutine still trying to send.
func buildCmdRun(cmd *cobra.Command, args []string) error {
	errChan := make(chan error)
	go func() {
		errChan <- build(args[0])
	}()
	sigc := make(chan os.Signal, 1)
	signal.Notify(sigc, os.Interrupt)
	select {
	case sig := <-sigc:
		return errors.New("interrupted: " + sig.String())
	case err := <-errChan:
		return err
	}
}

func main() {
	if err := buildCmd.Execute(); err != nil {
		os.Exit(1)
	}
}
