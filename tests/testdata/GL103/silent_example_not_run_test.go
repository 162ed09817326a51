package gl103

import (
	"os"
	"os/signal"
	"syscall"
)

// An example without an output comment: go test compiles it and never runs it, so its goroutine is
// never started.
func ExampleRotateOnHangup() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGHUP)
	go func() {
		for {
			<-c
			println("rotate")
		}
	}()
}
