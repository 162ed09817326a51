package gl402

import (
	"context"

	. "github.com/onsi/ginkgo/v2"
	. "github.com/onsi/gomega"
)

// As the status reporter specs, but doneC is made once for the whole container: the second spec's
// goroutine closes the channel the first one already closed.
var _ = Describe("health reporter", func() {
	doneC := make(chan struct{})
	var ctx context.Context
	var cancel context.CancelFunc
	var reporter *statusReporter

	BeforeEach(func() {
		ctx, cancel = context.WithCancel(context.Background())
		reporter = &statusReporter{updates: make(chan string)}
	})

	AfterEach(func() {
		cancel()
		Eventually(doneC).Should(BeClosed())
	})

	It("reports a healthy endpoint", func() {
		go func() {
			defer close(doneC)
			reporter.SyncForever(ctx)
		}()
		reporter.updates <- "healthy"
	})

	It("reports an unhealthy endpoint", func() {
		go func() {
			defer close(doneC) // want "close\\(doneC\\) can run twice"
			reporter.SyncForever(ctx)
		}()
		reporter.updates <- "unhealthy"
	})
})
