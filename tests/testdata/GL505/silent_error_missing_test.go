package gl505

import (
	"errors"
	"testing"
)

type closedClient struct{ closed bool }

func (c *closedClient) Get(key string) (string, error) {
	if c.closed {
		return "", errors.New("client closed")
	}
	return key, nil
}

// `if err == nil { t.Fatal(...) }`: the test asked for an error and got none. Like
// require.Error(t, err), a check of what the code under test computed, the same on every run.
func TestClosedClientFails(t *testing.T) {
	c := &closedClient{closed: true}
	done := make(chan struct{})
	go func() {
		if _, err := c.Get("k"); err == nil {
			t.Fatal("Get on a closed client succeeded")
		}
		close(done)
	}()
	<-done
}

func dialClosed(t *testing.T) *closedClient {
	t.Helper()
	return &closedClient{closed: true}
}

// The client comes from a helper given the test's t: still a value the code under test computed.
func TestClosedClientFromHelper(t *testing.T) {
	c := dialClosed(t)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			if _, err := c.Get("k"); err == nil {
				t.Fatal("Get on a closed client succeeded")
			}
		}
		close(done)
	}()
	<-done
}
