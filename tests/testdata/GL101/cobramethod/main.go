package main

import (
	"errors"
	"os"
	"os/exec"

	"github.com/spf13/cobra"
)

type genCmd struct{}

func (c *genCmd) command() *cobra.Command {
	cmd := &cobra.Command{Use: "gen"}
	cmd.RunE = c.run
	return cmd
}

// run is the command's handler (a method value assigned to RunE): when it returns early, the
// process ends with the compressor's sender still parked.
func (c *genCmd) run(cmd *cobra.Command, args []string) error {
	chDone := make(chan error)
	go func() {
		chDone <- exec.Command("xz", "-9").Run()
	}()

	if len(args) == 0 {
		return errors.New("missing argument")
	}

	return <-chDone
}

func main() {
	app := (&genCmd{}).command()
	if err := app.Execute(); err != nil {
		os.Exit(1)
	}
}
