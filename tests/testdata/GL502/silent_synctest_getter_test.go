package gl502

import (
	"testing"
	"testing/synctest"
	"time"
)

type namedDef struct{ name string }

// GetName reads a field: it wakes no goroutine.
func (d *namedDef) GetName() string {
	if d == nil {
		return ""
	}
	return d.name
}

func loadDef(name string) *namedDef {
	time.Sleep(time.Millisecond)
	return &namedDef{name: name}
}

// Everything the bubble's goroutine did happens before synctest.Wait
// returns; the getters between the Wait and the reads wake nothing.
func TestSynctestGetter(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var a, b *namedDef
		go func() {
			a = loadDef("a")
			b = loadDef("b")
		}()
		time.Sleep(50 * time.Millisecond)
		synctest.Wait()
		if a.GetName() != "a" {
			t.Errorf("a = %q", a.GetName())
		}
		if b.GetName() != "b" {
			t.Errorf("b = %q", b.GetName())
		}
	})
}
