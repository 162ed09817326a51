package gl505

import (
	"errors"
	"sync"
	"testing"
)

type stateStream struct{ ch chan string }

func (s *stateStream) Recv() (string, error) {
	v, ok := <-s.ch
	if !ok {
		return "", errors.New("closed")
	}
	return v, nil
}

func parseState(v string) ([]string, error) {
	if v == "" {
		return nil, errors.New("empty")
	}
	return []string{v}, nil
}

// waitForState returns a WaitGroup its goroutine says Done on after every report; the only
// caller waits on it, so the reports come before the test returns (or the test never does).
func waitForState(t *testing.T, s *stateStream, want string) *sync.WaitGroup {
	wg := &sync.WaitGroup{}
	wg.Add(1)
	go func() {
		for {
			v, err := s.Recv()
			if err != nil {
				continue
			}
			if v == want {
				caps, err := parseState(v)
				if err != nil {
					t.Errorf("parse: %v", err)
				}
				if len(caps) == 0 {
					return
				}
				wg.Done()
				return
			}
		}
	}()
	return wg
}

func TestWaitForState(t *testing.T) {
	s := &stateStream{ch: make(chan string, 1)}
	wg := waitForState(t, s, "up")
	s.ch <- "up"
	wg.Wait()
}
