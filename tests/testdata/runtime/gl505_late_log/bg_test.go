package rt

import (
	"testing"
	"time"
)

func TestA(t *testing.T) {
	go func() {
		slow()
		t.Error("finished late") // want `t\.Error may run after the test returns: the test binary panics`
	}()
}

func TestB(t *testing.T) { time.Sleep(200 * time.Millisecond) }
