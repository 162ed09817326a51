package garden

import (
	"bufio"
	"os"

	"github.com/spf13/cobra"
)

type gardenOptions struct {
	in *bufio.Reader
}

// Command is the tool's garden command; the program's main runs it.
func Command() *cobra.Command {
	opts := gardenOptions{}
	return &cobra.Command{
		Use: "garden",
		RunE: func(c *cobra.Command, args []string) error {
			opts.in = bufio.NewReader(os.Stdin)
			if len(args) > 0 {
				return nil
			}
			return gardenRun(&opts)
		},
	}
}

// The command's last act: when the loop leaves on 'q' the command returns and the process ends with
// the reader still trying to send.
func gardenRun(opts *gardenOptions) error {
	keys := make(chan byte)
	go func() {
		for {
			b, err := opts.in.ReadByte()
			if err != nil {
				return
			}
			keys <- b
		}
	}()
	for k := range keys {
		if k == 'q' {
			break
		}
	}
	return nil
}
