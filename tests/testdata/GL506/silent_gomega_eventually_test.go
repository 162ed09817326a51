package gl506

import (
	"reflect"
	"testing"
	"time"
)

// A matcher library of Gomega's shape (the package's own here): Eventually(ch).Should(BeClosed()) returns
// only once it saw the channel closed, and fails the test otherwise: a receive, as far as ordering goes.
// Shape of a matcher library: Eventually(v).WithTimeout(d).Should(BeClosed())
// polls a channel with a non-blocking receive until it sees it closed, and
// panics (the framework's Fail) on timeout, so nothing after it runs then.
type gMatcher interface{ Match(actual any) bool }

type closedgMatcher struct{}

func (closedgMatcher) Match(actual any) bool {
	v := reflect.ValueOf(actual)
	chosen, _, ok := reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: v},
		{Dir: reflect.SelectDefault},
	})
	return chosen == 0 && !ok
}

func BeClosed() gMatcher { return closedgMatcher{} }

type gAsync struct {
	actual  any
	timeout time.Duration
}

func Eventually(actual any) *gAsync { return &gAsync{actual: actual, timeout: time.Second} }

func (a *gAsync) WithTimeout(d time.Duration) *gAsync { a.timeout = d; return a }

func (a *gAsync) Should(m gMatcher) bool {
	deadline := time.Now().Add(a.timeout)
	for time.Now().Before(deadline) {
		if m.Match(a.actual) {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	panic("timed out") // the framework's Fail handler
}

type envConfig struct{ Host string }

type testEnvT struct{}

var testEnvTStartErr error

func (e *testEnvT) Start() (*envConfig, error) { return &envConfig{Host: "h"}, testEnvTStartErr }

var envCfg *envConfig
var testEnv = &testEnvT{}

func setupEnv() {
	var err error
	done := make(chan any)
	go func() {
		envCfg, err = testEnv.Start()
		close(done)
	}()
	Eventually(done).WithTimeout(time.Minute).Should(BeClosed())
	if err != nil || envCfg == nil {
		panic("no env")
	}
}

func TestEnvSetup(t *testing.T) { setupEnv() }
