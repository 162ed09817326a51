package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// The twin: main runs the servers again after each shutdown, so every round leaves its parked
// senders behind in a program that goes on.
func runOnce() error {
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
				errCh <- fmt.Errorf("%s: %w", name, err) // want `goroutine blocks forever sending on errCh`
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
	for {
		if err := runOnce(); err != nil {
			os.Exit(1)
		}
		time.Sleep(time.Second)
	}
}
