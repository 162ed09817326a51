package main

import (
	"fmt"
	"os"
	"os/signal"
)

type server struct{ addr string }

// Run serves until it fails.
func (s *server) Run() error { return fmt.Errorf("%s: closed", s.addr) }

// Main holds the program's parts.
type Main struct{ srv *server }

// Run is main's last act (then os.Exit on every branch); its own body calls another type's Run,
// which does not make it a caller of itself: the goroutine left on errC ends with the process.
func (m *Main) Run() error {
	errC := make(chan error)
	go func() {
		errC <- m.srv.Run()
	}()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	select {
	case <-sig:
		return nil
	case err := <-errC:
		return err
	}
}

func main() {
	m := &Main{srv: &server{addr: ":8080"}}
	if err := m.Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}
