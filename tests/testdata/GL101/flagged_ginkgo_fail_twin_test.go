package gl101

import (
	"time"

	. "github.com/onsi/ginkgo/v2"
)

// Fail is Ginkgo's only where the file imports Ginkgo: here the timeout path only logs.
var _ = It("blocks until pushed, logged", func() {
	started := make(chan bool)
	done := make(chan bool)
	go func() {
		started <- true
		blockUntilPushed()
		done <- true // want `goroutine blocks forever sending on done`
	}()
	<-started

	select {
	case <-done:
	case <-time.After(time.Second):
		GinkgoWriter.Println("still blocked")
	}
})
