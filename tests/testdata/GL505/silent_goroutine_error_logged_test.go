package gl505

import (
	"log"
	"os"
	"strconv"
	"testing"
)

// A goroutine the function starts writes a file and only logs its error; the select case ends on a
// closed channel with nil and fails only on a parse of the value received: the function's own error
// is a validation, the same on every run.
type relay struct{ in chan string }

func (r *relay) drain(out *[]int) error {
	for {
		select {
		case s, open := <-r.in:
			if !open {
				return nil
			}
			n, err := strconv.Atoi(s)
			if err != nil {
				return err
			}
			*out = append(*out, n)
		}
	}
}

func (r *relay) run(vals []string) error {
	go func() {
		if err := os.WriteFile("relay.log", []byte("start"), 0o600); err != nil {
			log.Print(err)
		}
	}()
	go func() {
		for _, v := range vals {
			r.in <- v
		}
		close(r.in)
	}()
	var got []int
	return r.drain(&got)
}

func TestRelayRun(t *testing.T) {
	r := &relay{in: make(chan string)}
	go func() {
		if err := r.run([]string{"1", "2"}); err != nil {
			t.Errorf("run: %v", err)
		}
	}()
}

func TestRelayDrain(t *testing.T) {
	r := &relay{in: make(chan string, 1)}
	r.in <- "1"
	close(r.in)
	go func() {
		var got []int
		if err := r.drain(&got); err != nil {
			t.Errorf("drain: %v", err)
		}
	}()
}
