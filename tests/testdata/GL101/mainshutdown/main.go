package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

// run is main's whole body: on a signal it shuts the servers down and returns, and the process
// ends with the senders still parked.
func run() error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()

	servers := map[string]*http.Server{
		"main":  {Addr: ":8012"},
		"admin": {Addr: ":8022"},
	}
	errCh := make(chan error)
	for name, s := range servers {
		go func(name string, s *http.Server) {
			if err := s.ListenAndServe(); err != nil && err != http.ErrServerClosed {
				errCh <- fmt.Errorf("%s: %w", name, err)
			}
		}(name, s)
	}

	select {
	case err := <-errCh:
		fmt.Fprintln(os.Stderr, err)
		return err
	case <-ctx.Done():
		for _, s := range servers {
			_ = s.Shutdown(context.Background())
		}
	}
	return nil
}

func main() {
	if err := run(); err != nil {
		os.Exit(1)
	}
}
