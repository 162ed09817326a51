package plant

import (
	"bufio"
	"net/http"
	"os"

	"github.com/spf13/cobra"
)

type plantOptions struct {
	in *bufio.Reader
}

// Command is the tool's plant command: its handler goes on serving after plantRun returned.
func Command() *cobra.Command {
	opts := plantOptions{}
	return &cobra.Command{
		Use: "plant",
		RunE: func(c *cobra.Command, args []string) error {
			opts.in = bufio.NewReader(os.Stdin)
			plantRun(&opts)
			return http.ListenAndServe(":8080", nil)
		},
	}
}

// Not the command's last act: the reader stays blocked while the command serves.
func plantRun(opts *plantOptions) {
	keys := make(chan byte)
	go func() {
		for {
			b, err := opts.in.ReadByte()
			if err != nil {
				return
			}
			keys <- b // want `goroutine blocks forever sending on keys`
		}
	}()
	for k := range keys {
		if k == 'q' {
			break
		}
	}
}
