package gl101

import "time"

// The timeout case only logs: the test passes with the goroutine still trying to send.
func (s *throttlerSuite) TestResumesLogged() {
	done := make(chan bool)
	go func() {
		throttleWork()
		done <- true // want `goroutine blocks forever sending on done`
	}()
	select {
	case <-time.After(5 * time.Second):
		s.T().Log("the throttler did not resume in time")
	case <-done:
	}
}
