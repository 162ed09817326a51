package gl402

import (
	"context"

	. "github.com/onsi/ginkgo/v2"
	. "github.com/onsi/gomega"
)

type statusReporter struct{ updates chan string }

func (r *statusReporter) SyncForever(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-r.updates:
		}
	}
}

// Each spec's goroutine closes doneC when the reporter exits; BeforeEach makes doneC anew before every
// spec, so each closes the channel of its own run.
var _ = Describe("status reporter", func() {
	var doneC chan struct{}
	var ctx context.Context
	var cancel context.CancelFunc
	var reporter *statusReporter

	BeforeEach(func() {
		ctx, cancel = context.WithCancel(context.Background())
		doneC = make(chan struct{})
		reporter = &statusReporter{updates: make(chan string)}
	})

	AfterEach(func() {
		cancel()
		Eventually(doneC).Should(BeClosed())
	})

	It("writes a file for an endpoint that is up", func() {
		go func() {
			defer close(doneC)
			reporter.SyncForever(ctx)
		}()
		reporter.updates <- "up"
	})

	It("removes the file of an endpoint that went down", func() {
		go func() {
			defer close(doneC)
			reporter.SyncForever(ctx)
		}()
		reporter.updates <- "down"
	})
})
