package gl103

import (
	"os"
	"os/signal"
	"syscall"
)

// With an output comment go test runs the example: its goroutine is left behind in the test binary.
func ExampleReopenOnHangup() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGHUP)
	go func() { // want `this goroutine loops`
		for {
			<-c
			println("reopen")
		}
	}()
	println("watching")
	// Output: watching
}
