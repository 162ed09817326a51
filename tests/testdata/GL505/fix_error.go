package gl505

import (
	"os"
	"testing"
)

func check(path string) error {
	_, err := os.Stat(path)
	return err
}

func TestWorker(t *testing.T) {
	done := make(chan struct{})
	go func() {
		if err := check("worker.lock"); err != nil {
			t.Fatalf("bad worker: %v", err) // want `t.Fatalf in a goroutine ends only this goroutine: the test then hangs`
		}
		close(done)
	}()
	<-done
}
