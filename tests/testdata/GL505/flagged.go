package gl505

import (
	"net/http"
	"testing"
)

func serve() error { return http.ListenAndServe("localhost:0", nil) }

func TestServe(t *testing.T) {
	done := make(chan struct{})
	go func() {
		if err := serve(); err != nil {
			t.Fatal(err) // want `t.Fatal in a goroutine ends only this goroutine`
		}
		close(done)
	}()
	<-done
}

func BenchmarkX(b *testing.B) {
	done := make(chan struct{})
	go func() {
		if err := serve(); err != nil {
			b.FailNow() // want `b.FailNow in a goroutine ends only this goroutine: the test then hangs`
		}
		close(done)
	}()
	<-done
}

func TestSub(t *testing.T) {
	t.Run("x", func(t *testing.T) {
		go func() {
			t.Skip("later") // want `may run after the test returned`
		}()
	})
}

func TestParam(t *testing.T) {
	go func(tt *testing.T) {
		tt.Fatalf("boom %d", 1) // want `tt.Fatalf may run after the test returned`
	}(t)
}
