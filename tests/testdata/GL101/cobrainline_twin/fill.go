package fillcmd

import (
	"errors"

	"github.com/spf13/cobra"
)

func fill(path string) error {
	if path == "" {
		return errors.New("no path")
	}
	return nil
}

// As the fill command of the program, but in a library: the program that runs this command may go
// on after it, with the fillers its early return left behind.
func FillCommand() *cobra.Command {
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
					done <- struct{}{} // want "goroutine blocks forever sending on done"
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
