package gl505

import (
	"os"
	"testing"
)

// checkFile stops the test when reading a file fails: an error of the environment.
func checkFile(t *testing.T, name string) {
	if _, err := os.ReadFile(name); err != nil {
		t.Fatalf("read: %v", err)
	}
}

func TestFilesConcurrently(t *testing.T) {
	done := make(chan struct{})
	go func() {
		checkFile(t, "testdata/x") // want `checkFile can call t\.Fatal`
		close(done)
	}()
	<-done
}
