package gl505

import (
	"bytes"
	"crypto/rand"
	"io"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// readSeed fails only when the reader it is handed fails: here crypto/rand's, which does not, and
// bytes in memory.
func readSeed(src io.Reader) ([]byte, error) {
	b := make([]byte, 32)
	if _, err := io.ReadFull(src, b); err != nil {
		return nil, err
	}
	return b, nil
}

func newKeyPair(src io.Reader) ([]byte, []byte, error) {
	seed, err := readSeed(src)
	if err != nil {
		return nil, nil, err
	}
	return seed[:16], seed[16:], nil
}

func TestKeyPairs(t *testing.T) {
	seed := make([]byte, 64)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		_, _, err := newKeyPair(rand.Reader)
		require.NoError(t, err)
		wg.Done()
	}()
	go func() {
		_, _, err := newKeyPair(bytes.NewReader(seed))
		require.NoError(t, err)
		wg.Done()
	}()
	wg.Wait()
}
