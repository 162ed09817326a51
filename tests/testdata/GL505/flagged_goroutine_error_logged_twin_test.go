package gl505

import (
	"os"
	"testing"
)

// The twin: the goroutine hands its file error back on a channel the function returns from.
func (r *relay) runReported(vals []string) error {
	errc := make(chan error, 1)
	go func() {
		errc <- os.WriteFile("relay.log", []byte("start"), 0o600)
	}()
	if err := <-errc; err != nil {
		return err
	}
	var got []int
	return r.drain(&got)
}

func TestRelayRunReported(t *testing.T) {
	r := &relay{in: make(chan string)}
	go func() {
		if err := r.runReported([]string{"1"}); err != nil {
			t.Errorf("run: %v", err) // want `t\.Errorf may run after the test returns.*can come from <-errc`
		}
	}()
}
