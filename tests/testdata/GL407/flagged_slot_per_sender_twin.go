package gl407

import (
	"errors"
	"time"
)

func probeC() error { return nil }
func probeD() error { return errors.New("d") }

// Two senders on one slot: the second one's send in the default can block while done is
// not watched.
func soakPair() error {
	done := make(chan struct{})
	errC := make(chan error, 1)
	go func() {
		for {
			select {
			case <-done:
				errC <- nil
				return
			default:
				if err := probeC(); err != nil {
					errC <- err // want "blocks in the select's default"
					return
				}
			}
		}
	}()
	go func() {
		for {
			select {
			case <-done:
				errC <- nil
				return
			default:
				if err := probeD(); err != nil {
					errC <- err // want "blocks in the select's default"
					return
				}
			}
		}
	}()
	time.Sleep(time.Millisecond)
	close(done)
	return <-errC
}

// Senders started in a loop that does not make the channel: more goroutines than slots.
func soakMany(n int) error {
	done := make(chan struct{})
	errC := make(chan error, 2)
	for i := 0; i < n; i++ {
		go func() {
			for {
				select {
				case <-done:
					errC <- nil
					return
				default:
					if err := probeC(); err != nil {
						errC <- err // want "blocks in the select's default"
						return
					}
				}
			}
		}()
	}
	go func() {
		for {
			select {
			case <-done:
				return
			default:
				if err := probeD(); err != nil {
					errC <- err // want "blocks in the select's default"
					return
				}
			}
		}
	}()
	time.Sleep(time.Millisecond)
	close(done)
	return <-errC
}
