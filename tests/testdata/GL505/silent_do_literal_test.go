package gl505

import (
	"errors"
	"testing"

	"golang.org/x/sync/singleflight"
)

// A Do handed a function gives what that function returns: here a comparison of the test's own
// values, through a method of the enclosing receiver.
type keyCache struct {
	flight singleflight.Group
	keys   map[string]string
}

func (c *keyCache) verify(user, key string) error {
	if _, err, _ := c.flight.Do(user, func() (any, error) {
		return nil, c.compare(user, key)
	}); err != nil {
		return err
	}
	return nil
}

func (c *keyCache) compare(user, key string) error {
	if c.keys[user] != key {
		return errors.New("bad key")
	}
	return nil
}

func TestVerifyKey(t *testing.T) {
	c := &keyCache{keys: map[string]string{"a": "k"}}
	go func() {
		if err := c.verify("a", "k"); err != nil {
			t.Errorf("verify: %v", err)
		}
	}()
}
