package gl505

import (
	"context"
	"errors"
	"testing"
	"time"
)

func failingOpt(*wsTransport) error { return nil }

// An option passed, a context with a deadline: the error returns are on paths of
// these calls. The deadline is reported; the option runs behind a func parameter, which goleash
// does not follow, and no path to its failure is shown: silent.
func TestOptionMayFail(t *testing.T) {
	done := make(chan struct{})
	go func() {
		tr, err := newWSTransport(nil, failingOpt)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if err := tr.wait(ctx, false); err != nil {
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine`
		}
		close(done)
	}()
	<-done
}

func mustTransportOpt(t *testing.T) *wsTransport {
	tr, err := newWSTransport(nil, failingOpt)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestHelperWithOption(t *testing.T) {
	done := make(chan struct{})
	go func() {
		_ = mustTransportOpt(t)
		close(done)
	}()
	<-done
}

type transportConfig struct {
	Enabled  bool
	ProxyURL string
}

// A validation of the test's own input, after a nil argument is replaced by a default: its
// error is the same on every run, and fails only once the code regressed (no file, socket, process
// or deadline on the way): silent.
//
// A nil argument replaced by a default before the test: not nil where it is tested.
func newDefaulted(cfg *transportConfig) error {
	if cfg == nil {
		cfg = &transportConfig{ProxyURL: "::bad"}
	}
	if cfg != nil && cfg.ProxyURL != "" {
		return errBadProxy
	}
	return nil
}

var errBadProxy = errors.New("bad proxy")

func TestDefaultedArgument(t *testing.T) {
	done := make(chan struct{})
	go func() {
		if err := newDefaulted(nil); err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	<-done
}
