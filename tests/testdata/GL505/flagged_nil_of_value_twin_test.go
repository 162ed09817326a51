package gl505

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type surveyReply struct {
	Data  []byte
	Error error
}

func surveyReplyOf(op string) surveyReply { return surveyReply{} }

// require.Nil of an error field: an error the environment may set.
func TestNilOfErrorField(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		r := surveyReplyOf("op")
		require.Nil(t, r.Error) // want `require\.Nil in a goroutine ends only this goroutine`
		wg.Done()
	}()
	wg.Wait()
}

type pullFailure struct{ Reason string }

func (e *pullFailure) Error() string { return e.Reason }

type failingPuller struct{ failures chan *pullFailure }

// Pull waits for the puller's answer, or gives up after a second.
func (p *failingPuller) Pull(n uint64) *pullFailure {
	select {
	case f := <-p.failures:
		return f
	case <-time.After(time.Second):
		return &pullFailure{Reason: "timed out"}
	}
}

// The pointer's type has an Error method: a failure the environment may produce (a timeout).
func TestNilOfErrorPointer(t *testing.T) {
	p := &failingPuller{failures: make(chan *pullFailure)}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		require.Nil(t, p.Pull(7)) // want `require\.Nil in a goroutine ends only this goroutine`
		wg.Done()
	}()
	wg.Wait()
}
