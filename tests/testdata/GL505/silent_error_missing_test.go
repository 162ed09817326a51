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
		defer close(done)
		if _, err := c.Get("k"); err == nil {
			t.Fatal("Get on a closed client succeeded")
		}
	}()
	<-done
}
