package gl505

import (
	"sync"
	"testing"

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
		defer wg.Done()
		r := surveyReplyOf("op")
		require.Nil(t, r.Error) // want `require\.Nil in a goroutine ends only this goroutine when it fails`
	}()
	wg.Wait()
}
