package gl402

// The values received from a channel may repeat: every turn that receives the
// marker starts a goroutine that closes the channel.
func closeOnMarker(in chan int) {
	done := make(chan struct{})
	for v := range in {
		if v == 7 {
			go func() { close(done) }() // want `Every goroutine started by this loop closes it`
		}
	}
}

// A bound that changes from turn to turn can equal the counter more than once.
func closeOnMoving(n int) {
	done := make(chan struct{})
	k := 0
	for i := 0; i < n; i++ {
		k = i
		if i == k {
			go func() { close(done) }() // want `Every goroutine started by this loop closes it`
		}
	}
}

// Go 1.22's range over an integer: 'i > 0' holds in every turn but the first.
func closeAfterFirst(n int) {
	done := make(chan struct{})
	for i := range n {
		if i > 0 {
			go func() { close(done) }() // want `Every goroutine started by this loop closes it`
		}
	}
}
