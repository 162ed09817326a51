package gl101

import "testing"

// The twin: a test calls the double's method whose send nothing receives.
type mockPricer struct{ requoted chan int }

func (p *mockPricer) Requote(in int) error {
	p.requoted <- in // want `send on p\.requoted blocks forever\. Nothing in the package receives from mockPricer\.requoted`
	return nil
}

func TestRequoteOnce(t *testing.T) {
	p := &mockPricer{requoted: make(chan int)}
	go func() { _ = p.Requote(1) }()
}
