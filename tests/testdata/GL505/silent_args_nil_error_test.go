package gl505

import (
	"context"
	"errors"
	"testing"
)

type transportOpt func(*wsTransport) error

type wsTransport struct {
	psk     []byte
	verbose bool
	ready   chan struct{}
}

// newWSTransport fails only through an option, or for a key it is given.
func newWSTransport(psk []byte, opts ...transportOpt) (*wsTransport, error) {
	if len(psk) > 0 {
		return nil, errors.New("private networks are not supported")
	}
	t := &wsTransport{ready: make(chan struct{})}
	close(t.ready)
	for _, o := range opts {
		if err := o(t); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// wait fails only when its context is done.
func (t *wsTransport) wait(ctx context.Context, strict bool) error {
	if strict && t.verbose {
		return errors.New("strict")
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.ready:
	}
	return nil
}

// The calls pass no option, a nil key, a context that is never done and false:
// none of the error returns is on a path of these calls.
func TestNoOptionNoError(t *testing.T) {
	done := make(chan struct{})
	go func() {
		tr, err := newWSTransport(nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := tr.wait(context.Background(), false); err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	<-done
}

// A helper whose only stop is such a check stops nothing either.
func mustTransport(t *testing.T) *wsTransport {
	tr, err := newWSTransport(nil)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestHelperNoOption(t *testing.T) {
	done := make(chan struct{})
	go func() {
		_ = mustTransport(t)
		close(done)
	}()
	<-done
}

type reporterConfig struct {
	Enabled  bool
	Leader   bool
	ProxyURL string
}

// newReporter fails only for a proxy URL, which the literal below leaves empty.
func newReporter(cfg reporterConfig) (*wsTransport, error) {
	if !cfg.Enabled {
		return nil, nil
	}
	if cfg.ProxyURL != "" {
		return nil, errors.New("proxies are not supported")
	}
	return &wsTransport{}, nil
}

func TestReporterLiteral(t *testing.T) {
	done := make(chan struct{})
	go func() {
		if _, err := newReporter(reporterConfig{Leader: true, Enabled: true}); err != nil {
			t.Fatal(err)
		}
		close(done)
	}()
	<-done
}
