package gl101

import (
	"time"

	. "github.com/onsi/ginkgo/v2"
)

func blockUntilPushed() {}

// Ginkgo's Fail ends the spec (it panics, and Ginkgo recovers): the timeout path already fails the
// test, and the goroutine it leaves behind is not the bug.
var _ = It("blocks until pushed", func() {
	started := make(chan bool)
	done := make(chan bool)
	go func() {
		defer GinkgoRecover()
		started <- true
		blockUntilPushed()
		done <- true
	}()
	<-started

	select {
	case <-done:
	case <-time.After(time.Second):
		Fail("still blocked")
	}
})
