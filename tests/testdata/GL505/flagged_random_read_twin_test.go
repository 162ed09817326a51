package gl505

import (
	"crypto/rand"
	"encoding/hex"
	"io"
	"os"
	"testing"
)

// The ID also needs a file read, which can fail.
func newNodeID(path string) (string, error) {
	seed, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var b [16]byte
	if _, err := io.ReadFull(rand.Reader, b[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(append(seed, b[:]...)), nil
}

func TestNodeIDs(t *testing.T) {
	ids := make(chan string, 1)
	go func() {
		id, err := newNodeID("seed")
		if err != nil {
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine`
		}
		ids <- id
	}()
	<-ids
}
