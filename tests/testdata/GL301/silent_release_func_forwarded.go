package gl301

import (
	"errors"
	"sync"
)

var prefixMu sync.Mutex

var currentPrefix string

// setPrefixContext sets the global prefix under prefixMu and returns the unlock, for the caller to
// call when done with the prefix.
func setPrefixContext(prefix string) func() {
	prefixMu.Lock()
	currentPrefix = prefix
	return prefixMu.Unlock
}

type prefixedProvider struct{ prefix string }

// setContext hands back setPrefixContext's unlock as it is.
func (p *prefixedProvider) setContext() func() {
	return setPrefixContext(p.prefix)
}

// encode holds the prefix while it encodes: the deferred done releases prefixMu on every return.
func (p *prefixedProvider) encode(msg string) (string, error) {
	done := p.setContext()
	defer done()
	if msg == "" {
		return "", errors.New("empty")
	}
	return currentPrefix + msg, nil
}

// Send encodes and sends.
func (p *prefixedProvider) Send(msg string) error {
	out, err := p.encode(msg)
	if err != nil {
		return err
	}
	_ = out
	return nil
}
