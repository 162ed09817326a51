package rt

import (
	"testing"
	"time"
)

func TestA(t *testing.T) {
	go func() {
		slow()
		t.Error("finished late") // want `t.Error in a goroutine the test does not wait for`
	}()
}

func TestB(t *testing.T) { time.Sleep(200 * time.Millisecond) }
