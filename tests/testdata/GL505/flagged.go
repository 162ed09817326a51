package gl505

import (
	"errors"
	"testing"
)

func serve() error { return errors.New("closed") }

func TestServe(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := serve(); err != nil {
			t.Fatal(err) // want `t.Fatal in a goroutine ends only this goroutine, not the test`
		}
	}()
	<-done
}

func BenchmarkX(b *testing.B) {
	go func() {
		b.FailNow() // want `b.FailNow in a goroutine`
	}()
}

func TestSub(t *testing.T) {
	t.Run("x", func(t *testing.T) {
		go func() {
			t.Skip("later") // want `t.Skip in a goroutine`
		}()
	})
}

func TestParam(t *testing.T) {
	go func(tt *testing.T) {
		tt.Fatalf("boom %d", 1) // want `tt.Fatalf in a goroutine`
	}(t)
}
