package gl101

import (
	"testing"
	"time"

	"example.com/remote"
)

// The harness does not embed a testing value: its Fatalf is its own and only logs.
type probeHarness struct {
	log  []string
	node string
}

func (h *probeHarness) Fatalf(format string, args ...interface{}) { h.log = append(h.log, format) }

func probeNode(node string) error { time.Sleep(time.Millisecond); return nil }

func checkProbe(h *probeHarness) {
	done := make(chan error)
	go func() {
		done <- probeNode(h.node) // want `goroutine blocks forever sending on done`
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		h.Fatalf("timeout")
	}
}

func TestProbe(t *testing.T) { checkProbe(&probeHarness{node: "a"}) }

// A value of another package that the function never hands to testify: its Fatalf may be anything.
func checkRemoteProbe(r *remote.Prober, node string) {
	done := make(chan error)
	go func() {
		done <- probeNode(node) // want `goroutine blocks forever sending on done`
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		r.Fatalf("timeout")
	}
}

func TestRemoteProbe(t *testing.T) { checkRemoteProbe(nil, "a") }
