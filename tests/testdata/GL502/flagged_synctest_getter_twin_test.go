package gl502

import (
	"testing"
	"testing/synctest"
	"time"
)

type wakingDef struct {
	name  string
	ready chan struct{}
}

// GetName also signals a waiter: a goroutine it wakes can write again.
func (d *wakingDef) GetName() string {
	close(d.ready)
	return d.name
}

func TestSynctestWakingGetter(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		d := &wakingDef{ready: make(chan struct{})}
		var got string
		go func() {
			<-d.ready
			got = "late" // want `data race on got`
		}()
		synctest.Wait()
		_ = d.GetName()
		if got != "" {
			t.Errorf("got = %q", got)
		}
	})
}
