package gl505

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"
)

// Not required nil before the go statement: the port lookup's error reaches the goroutine's check.
func TestStaleErrUnchecked(t *testing.T) {
	_, err := freeTestPort()
	done := make(chan struct{})
	go func() {
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	<-done
}

// Assigned again after the go statement: the goroutine may read the request's error.
func TestStaleErrReassigned(t *testing.T) {
	_, err := freeTestPort()
	require.NoError(t, err)
	done := make(chan struct{})
	go func() {
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	_, err = http.Get("http://127.0.0.1:1")
	<-done
}

// Assigned at the end of each turn of the loop that starts the goroutine: the next turn's goroutine
// reads that error.
func TestStaleErrLoop(t *testing.T) {
	var err error
	for i := 0; i < 2; i++ {
		require.NoError(t, err)
		done := make(chan struct{})
		go func() {
			require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
			close(done)
		}()
		<-done
		_, err = freeTestPort()
	}
}

// Assigned by another goroutine: its error may be the one checked.
func TestStaleErrOtherWriter(t *testing.T) {
	_, err := freeTestPort()
	require.NoError(t, err)
	done := make(chan struct{})
	go func() { _, err = freeTestPort() }()
	go func() {
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	<-done
}
