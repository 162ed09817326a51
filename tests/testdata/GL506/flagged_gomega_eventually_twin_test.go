package gl506

import "time"

var twinCfg *envConfig

// Consistently(...).ShouldNot(BeClosed()) returns after polling a while without seeing anything: it
// orders nothing.
func setupTwinEnv() {
	var err error
	done := make(chan any)
	go func() {
		twinCfg, err = testEnv.Start() // want `data race on err` `data race on twinCfg`
	}()
	Consistently(done).WithTimeout(time.Second).ShouldNot(BeClosed())
	if err != nil || twinCfg == nil {
		panic("no env")
	}
}

func Consistently(actual any) *gAsync { return &gAsync{actual: actual, timeout: time.Second} }

func (a *gAsync) ShouldNot(m gMatcher) bool { return !m.Match(a.actual) }

var _ = setupTwinEnv // (run by a test)
