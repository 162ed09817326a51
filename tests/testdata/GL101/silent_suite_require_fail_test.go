package gl101

import (
	"testing"
	"time"

	"github.com/stretchr/testify/suite"
)

type throttlerSuite struct {
	suite.Suite
}

func throttleWork() {}

// The timeout case fails the test through the suite's Require().Fail: that path is a failure
// already, not a leak worth a report.
func (s *throttlerSuite) TestResumes() {
	done := make(chan bool)
	go func() {
		throttleWork()
		done <- true
	}()
	select {
	case <-time.After(5 * time.Second):
		s.Require().Fail("the throttler did not resume in time")
	case <-done:
	}
}

func TestThrottlerSuite(t *testing.T) { suite.Run(t, new(throttlerSuite)) }

// The suite's own promoted assertion methods fail the test too (suite.Suite embeds
// *assert.Assertions): FailNow stops it, Fail marks it failed.
func (s *throttlerSuite) TestResumesOwnFailNow() {
	done := make(chan bool)
	go func() {
		throttleWork()
		done <- true
	}()
	select {
	case <-time.After(5 * time.Second):
		s.FailNow("the throttler did not resume in time")
	case <-done:
	}
}

func (s *throttlerSuite) TestResumesOwnFail() {
	done := make(chan bool)
	go func() {
		throttleWork()
		done <- true
	}()
	select {
	case <-time.After(5 * time.Second):
		s.Fail("the throttler did not resume in time")
	case <-done:
	}
}
