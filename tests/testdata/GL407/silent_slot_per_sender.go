package gl407

import (
	"errors"
	"time"
)

func probeA() error { return nil }
func probeB() error { return errors.New("b") }

// Two goroutines started once per turn, each sending one value before it returns, on a
// channel made in that turn with two slots: the sends in the defaults always find room.
func soakBoth(rounds int) error {
	for r := 0; r < rounds; r++ {
		done := make(chan struct{})
		errC := make(chan error, 2)
		go func() {
			for {
				select {
				case <-done:
					errC <- nil
					return
				default:
					if err := probeA(); err != nil {
						errC <- err
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
					if err := probeB(); err != nil {
						errC <- err
						return
					}
				}
			}
		}()
		time.Sleep(time.Millisecond)
		close(done)
		if err := <-errC; err != nil {
			return err
		}
		if err := <-errC; err != nil {
			return err
		}
	}
	return nil
}
