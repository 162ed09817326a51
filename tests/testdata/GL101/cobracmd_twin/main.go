package main

import (
	"errors"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

var watchCmd = &cobra.Command{
	Use:  "watch",
	RunE: watchCmdRun,
}

func rebuild(path string) error {
	if path == "" {
		return errors.New("no path")
	}
	return nil
}

// Not the handler itself: the handler calls it once per change, and each interrupted call leaves
// a goroutine behind while the process goes on.
func rebuildOnce(path string) error {
	errChan := make(chan error)
	go func() {
		errChan <- rebuild(path) // want `goroutine blocks forever sending on errChan`
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

func watchCmdRun(cmd *cobra.Command, args []string) error {
	for _, p := range args {
		if err := rebuildOnce(p); err != nil {
			println(err.Error())
		}
	}
	return nil
}

func main() {
	if err := watchCmd.Execute(); err != nil {
		os.Exit(1)
	}
}
