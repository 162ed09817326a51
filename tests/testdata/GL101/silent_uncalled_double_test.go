package gl101

import "testing"

type sweeper interface {
	// Sweep hands an input to the sweeper.
	Sweep(in int) error
	// Reprice asks for a new fee for a pending input; no caller in this package uses it, if any.
	Reprice(in int) error
}

// mockSweeper records what it is asked; nothing in the package calls Reprice, so its send on the
// unbuffered repriced never runs.
type mockSweeper struct {
	swept    chan int
	repriced chan int
}

func newMockSweeper() *mockSweeper {
	return &mockSweeper{swept: make(chan int, 3), repriced: make(chan int)}
}

func (s *mockSweeper) Sweep(in int) error {
	s.swept <- in
	return nil
}

func (s *mockSweeper) Reprice(in int) error {
	s.repriced <- in
	return nil
}

var _ sweeper = (*mockSweeper)(nil)

func TestSweepOnce(t *testing.T) {
	s := newMockSweeper()
	var sw sweeper = s
	if err := sw.Sweep(1); err != nil {
		t.Fatal(err)
	}
	if got := <-s.swept; got != 1 {
		t.Fatalf("swept %d", got)
	}
}
