package gl505

import (
	"errors"
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustParse(t *testing.T, s string) int {
	n, err := strconv.Atoi(os.Getenv(s))
	if err != nil {
		t.Fatalf("bad input: %v", err)
	}
	return n
}

// A helper that calls t.Fatal through another helper.
func mustParseBoth(t *testing.T, a, b string) {
	mustParse(t, a)
	mustParse(t, b)
}

func TestHelperInGoroutine(t *testing.T) {
	done := make(chan int)
	go func() {
		n := mustParse(t, "x") // want `mustParse can call t\.Fatal`
		done <- n
	}()
	<-done
}

func TestNamedGoroutine(t *testing.T) {
	done := make(chan struct{})
	go mustParseBoth(t, "a", "") // want `may run after the test returned`
	close(done)
}

func TestRequireInGoroutine(t *testing.T) {
	errc := make(chan error, 1)
	go func() {
		err := work()
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		errc <- err
	}()
	<-errc
}

// Silent: helpers that only report, helpers in the test goroutine, subtests, assert.
func checkOnly(t *testing.T, s string) {
	if s == "" {
		t.Errorf("empty input")
	}
}

func TestSilentHelpers(t *testing.T) {
	done := make(chan struct{})
	go func() {
		checkOnly(t, "x")
		assert.NoError(t, work())
		close(done)
	}()
	<-done
	mustParse(t, "y")
	require.NoError(t, work())
	t.Run("sub", func(t *testing.T) {
		mustParse(t, "z")
		require.NoError(t, work())
	})
}

var errBusy = errors.New("busy")

func work() error {
	if _, err := os.Stat("work.lock"); err != nil {
		return errBusy
	}
	return nil
}

// Skipped before the goroutine starts: nothing runs.
func TestSkippedRequire(t *testing.T) {
	t.Skip("manual only")
	go func() {
		err := work()
		require.NoError(t, err)
	}()
}

type server struct{ done chan struct{} }

// Serve returns nil on every path: the check in the goroutine cannot fail.
func (s *server) Serve() (err error) {
	<-s.done
	return nil
}

func TestServeNeverFails(t *testing.T) {
	s := &server{done: make(chan struct{})}
	go func() {
		require.NoError(t, s.Serve())
	}()
	close(s.done)
}

type tombstones struct{ m map[int][]int }

// Get never fails: both returns end with a nil error.
func (tb *tombstones) Get(ref int) ([]int, error) {
	got, ok := tb.m[ref]
	if !ok {
		return nil, nil
	}
	return append([]int(nil), got...), nil
}

// Load can fail: its error is checked in a goroutine.
func (tb *tombstones) Load(ref int) ([]int, error) {
	got, ok := tb.m[ref]
	if !ok {
		_, err := os.ReadFile(strconv.Itoa(ref))
		return nil, err
	}
	return got, nil
}

func TestLoadMayFail(t *testing.T) {
	tb := &tombstones{m: map[int][]int{}}
	done := make(chan struct{})
	go func() {
		_, err := tb.Load(1)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	<-done
}

func TestGetNeverFails(t *testing.T) {
	tb := &tombstones{m: map[int][]int{}}
	done := make(chan struct{})
	go func() {
		_, err := tb.Get(1)
		require.NoError(t, err)
		close(done)
	}()
	<-done
}

// Chunk returns the chunk, and an iterator only for chunks it cannot return whole: never here.
func (tb *tombstones) Chunk(ref int) ([]int, func() int, error) {
	got, ok := tb.m[ref]
	if !ok {
		_, err := os.Stat(strconv.Itoa(ref))
		return nil, nil, err
	}
	return got, nil, nil
}

func TestChunkNeverIterates(t *testing.T) {
	tb := &tombstones{m: map[int][]int{}}
	done := make(chan struct{})
	go func() {
		_, it, err := tb.Chunk(1)
		require.Nil(t, it)
		require.NoError(t, err) // want `require\.NoError in a goroutine ends only this goroutine`
		close(done)
	}()
	<-done
}

// A package helper that always skips: nothing after it runs.
var skipSlow = func(t *testing.T) { t.SkipNow() }

func TestSkippedByHelper(t *testing.T) {
	skipSlow(t)
	go func() {
		mustParse(t, "x")
	}()
}

// Debugging code behind a local set to false: it never runs.
func TestDebugOff(t *testing.T) {
	debug := false
	if debug {
		go func() {
			mustParse(t, "x")
		}()
	}
}

// The error was handled just above: the helper gets nil and cannot fail.
func requireNoErr(t *testing.T, err error) {
	if err != nil {
		t.Fatalf("unexpected: %v", err)
	}
}

func TestCheckedBefore(t *testing.T) {
	go func() {
		err := work()
		if err != nil {
			t.Log(err)
			return
		}
		requireNoErr(t, err)
		require.NoError(t, err)
	}()
}

func TestNotCheckedBefore(t *testing.T) {
	go func() {
		err := work()
		requireNoErr(t, err) // want `may run after the test returned`
	}()
}
