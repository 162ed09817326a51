package main

import (
	"errors"
	"os"
	"os/exec"

	"github.com/spf13/cobra"
)

type packCmd struct{}

func (c *packCmd) command() *cobra.Command {
	cmd := &cobra.Command{Use: "pack"}
	cmd.RunE = c.run
	return cmd
}

func (c *packCmd) run(cmd *cobra.Command, args []string) error {
	for _, a := range args {
		if err := c.pack(a); err != nil {
			return err
		}
	}
	return nil
}

// pack is not the handler: the handler calls it once per argument, and each early return leaves
// one more sender parked while the command goes on.
func (c *packCmd) pack(name string) error {
	chDone := make(chan error)
	go func() {
		chDone <- exec.Command("xz", "-9", name).Run() // want `goroutine blocks forever sending on chDone`
	}()

	if name == "" {
		return errors.New("missing name")
	}

	return <-chDone
}

func main() {
	app := (&packCmd{}).command()
	if err := app.Execute(); err != nil {
		os.Exit(1)
	}
}
