package main

import (
	"context"
	"log"
	"sync"
	"time"
)

var workErr error

func work() error { return workErr }

// run is main's one-shot body, a run loop like a container entrypoint's: a goroutine started in the
// loop reports its error there. When ctx is done the loop is left with `break loop`, run returns after
// wg.Wait, and main exits: the goroutine, blocked on its send from then on, ends with the process.
// While the loop runs, its select takes every error sent.
func run(ctx context.Context) error {
	errc := make(chan error)
	var wg sync.WaitGroup
	started := false
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case err := <-errc:
			return err
		case <-time.After(time.Second):
			if !started {
				started = true
				go func() {
					if err := work(); err != nil {
						errc <- err
					}
				}()
			}
		}
	}
	wg.Wait()
	return follow(ctx)
}

// follow is run's last act, but after its loop it keeps the process going: the goroutines left
// blocked when ctx is done stay blocked while it does.
func follow(ctx context.Context) error {
	errc := make(chan error)
	started := 0
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case err := <-errc:
			return err
		case <-time.After(time.Second):
			started++
			go func() {
				if err := work(); err != nil {
					errc <- err // want `goroutine blocks forever sending on errc`
				}
			}()
		}
	}
	for range time.Tick(time.Minute) {
		log.Print("still here")
	}
	return nil
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := run(ctx); err != nil {
		log.Fatal(err)
	}
}
