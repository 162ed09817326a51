package gl505

import (
	"context"
	"errors"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type remoteEpochs struct{ addr string }

func (r *remoteEpochs) NextEpoch(ctx context.Context) (int64, error) {
	if r.addr == "" {
		return 0, errors.New("no address")
	}
	c, err := net.Dial("tcp", r.addr)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	return 1, ctx.Err()
}

// One caller passes a source that can fail: the check can too.
func checkEpochsOnce(t *testing.T, src epochSource) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		_, err := src.NextEpoch(ctx)
		require.Nil(t, err) // want `require\.Nil in a goroutine ends only this goroutine`
		wg.Done()
	}()
	wg.Wait()
}

func TestEpochSources(t *testing.T) {
	checkEpochsOnce(t, newMemEpochs())
	checkEpochsOnce(t, &remoteEpochs{addr: "127.0.0.1:2379"})
}
