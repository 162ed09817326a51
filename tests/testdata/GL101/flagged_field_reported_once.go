package gl101

type onceAcceptor struct {
	results chan int
}

// A field channel this method makes that nothing in the package receives from: one finding for the
// send, not one per way of seeing it.
func (m *onceAcceptor) begin() {
	if m.results == nil {
		m.results = make(chan int)
		go func() {
			for i := 0; i < 3; i++ {
				m.results <- i // want `goroutine blocks forever sending on m\.results\. Nothing in the package receives`
			}
		}()
	}
}
