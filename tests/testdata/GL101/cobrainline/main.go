package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

func fill(path string) error {
	if path == "" {
		return errors.New("no path")
	}
	return nil
}

// The handler is written in place: when the first error returns from it, the command ends, and so
// does the process, with the other fillers still trying to send.
func fillCommand() *cobra.Command {
	return &cobra.Command{
		Use: "fill",
		RunE: func(cmd *cobra.Command, args []string) error {
			var (
				done = make(chan struct{})
				errs = make(chan error)
				cnt  = 0
			)
			for _, p := range args {
				cnt++
				go func(p string) {
					if err := fill(p); err != nil {
						errs <- err
						return
					}
					done <- struct{}{}
				}(p)
			}
			for i := 0; i < cnt; i++ {
				select {
				case <-done:
					continue
				case err := <-errs:
					return err
				}
			}
			return nil
		},
	}
}

func rootCommand() *cobra.Command {
	root := &cobra.Command{Use: "tool"}
	root.AddCommand(fillCommand())
	return root
}

func main() {
	root := rootCommand()
	if err := root.Execute(); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
