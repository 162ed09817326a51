package gl505

import "testing"

func TestWorkers(t *testing.T) {
	errc := make(chan error, 2)
	for i := 0; i < 2; i++ {
		go func(n int) {
			if n < 0 {
				t.Fatalf("bad worker %d", n) // want `t.Fatalf in a goroutine`
			}
			errc <- nil
		}(i)
	}
	go func() {
		t.FailNow() // want `t.FailNow in a goroutine`
	}()
	<-errc
	<-errc
}
