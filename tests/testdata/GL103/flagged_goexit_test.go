package gl103

import "testing"

// The test ends with t.Fatal, not a return, but it ends all the same: the loop outlives it.
func TestDrainForever(t *testing.T) {
	events := make(chan int)
	go func() { // want `this goroutine loops for.ver`
		for {
			<-events
		}
	}()
	t.Fatal("not implemented")
}
