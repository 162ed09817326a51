package gl505

import (
	"os"
	"testing"
)

// The twin: the function handed to Do reads a file.
func (c *keyCache) verifyFromFile(user, path string) error {
	_, err, _ := c.flight.Do(user, func() (any, error) {
		return os.ReadFile(path)
	})
	return err
}

func TestVerifyKeyFromFile(t *testing.T) {
	c := &keyCache{keys: map[string]string{"a": "k"}}
	go func() {
		if err := c.verifyFromFile("a", "keys.txt"); err != nil {
			t.Errorf("verify: %v", err) // want `t\.Errorf may run after the test returns.*can come from os\.ReadFile`
		}
	}()
}
