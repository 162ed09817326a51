package gl101

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"github.com/stretchr/testify/suite"
)

func stopWorker() {}

// The only path that stops receiving fails the test: FailNow of a testify Assertions value.
func TestWorkerExits(t *testing.T) {
	re := require.New(t)
	exited := make(chan struct{})
	go func() {
		stopWorker()
		exited <- struct{}{}
	}()
	select {
	case <-exited:
	case <-time.After(time.Second):
		re.FailNow("worker did not exit")
	}
}

type streamSuite struct {
	suite.Suite
	re *require.Assertions
}

func (s *streamSuite) SetupTest() { s.re = require.New(s.T()) }

func (s *streamSuite) TestStreamCloses() {
	closed := make(chan struct{})
	go func() {
		stopWorker()
		closed <- struct{}{}
	}()
	select {
	case <-closed:
	case <-time.After(time.Second):
		s.re.FailNow("stream did not close")
	}
}
