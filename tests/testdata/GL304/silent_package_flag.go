package gl304

import (
	"errors"
	"os"
	"sync"

	"example.com/noiseutil"
)

// lockNeeded is set once when the package is initialised and never written again.
var lockNeeded = os.Getenv("LOCK_NEEDED") != ""

type sealer struct {
	mu      sync.Mutex
	counter uint64
}

func (s *sealer) next() (uint64, bool) {
	s.counter++
	return s.counter, s.counter < 100
}

func seal(b []byte, c uint64) ([]byte, error) {
	if c == 7 {
		return nil, errors.New("bad nonce")
	}
	return append(b, byte(c)), nil
}

// The Lock and the Unlock test the same package flag, which nothing here assigns.
func (s *sealer) encrypt(b []byte) []byte {
	if lockNeeded {
		s.mu.Lock()
	}
	c, _ := s.next()
	out, err := seal(b, c)
	if lockNeeded {
		s.mu.Unlock()
	}
	if err != nil {
		return nil
	}
	return out
}

// Another package's flag: the same.
func (s *sealer) send(b []byte) ([]byte, error) {
	if noiseutil.EncryptLockNeeded {
		s.mu.Lock()
	}
	c, ok := s.next()
	if !ok {
		if noiseutil.EncryptLockNeeded {
			s.mu.Unlock()
		}
		return nil, errors.New("exhausted")
	}
	out, err := seal(b, c)
	if noiseutil.EncryptLockNeeded {
		s.mu.Unlock()
	}
	return out, err
}
