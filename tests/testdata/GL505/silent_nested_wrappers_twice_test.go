package gl505

import (
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// The innermost message fails once it was finished before: the decorators pass that error on.
// Reached through an interface declared in a test file, which goleash does not resolve: silent
// (a known miss).

type onceMessage struct{ done bool }

func (m *onceMessage) Finish(error) error {
	if m.done {
		return errors.New("finished twice")
	}
	m.done = true
	return nil
}

type loggedMessage struct{ finisher }

func (m *loggedMessage) Finish(err error) error { return m.finisher.Finish(err) }

func withLogged(m finisher) finisher { return &loggedMessage{finisher: m} }

func TestFinishTwiceThroughDecorators(t *testing.T) {
	m := withLogged(withNotified(&onceMessage{}))
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			require.NoError(t, m.Finish(nil))
			wg.Done()
		}()
	}
	wg.Wait()
}

// The inner message comes from a function that may return either type: the decorator's inner field is
// not one known type: no path to a failure is known, silent.

func pickMessage(once bool) finisher {
	if once {
		return &onceMessage{}
	}
	return &memMessage{}
}

func TestFinishThroughPickedMessage(t *testing.T) {
	m := withLogged(pickMessage(true))
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			require.NoError(t, m.Finish(nil))
			wg.Done()
		}()
	}
	wg.Wait()
}
