package gl505

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// Two decorators pass the wrapped message's Finish result on, and the innermost message, made by the
// test, returns nil: Finish cannot fail through either layer.

type finisher interface {
	Finish(err error) error
}

type memMessage struct{}

func (*memMessage) Finish(error) error { return nil }

type ackedMessage struct{ finisher }

func (m *ackedMessage) Finish(err error) error { return m.finisher.Finish(err) }

func withAcked(m finisher) finisher { return &ackedMessage{finisher: m} }

type notifiedMessage struct{ finisher }

func (m *notifiedMessage) Finish(err error) error { return m.finisher.Finish(err) }

func withNotified(m finisher) finisher { return &notifiedMessage{finisher: m} }

func TestFinishThroughDecorators(t *testing.T) {
	m := withAcked(withNotified(&memMessage{}))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		require.NoError(t, m.Finish(nil))
		wg.Done()
	}()
	wg.Wait()
}
