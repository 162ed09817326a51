package gl401

// The twin of silent_package_var_remade.go: the new channel is made before the
// close, so the refill sends on the closed package channel.

var fetchTokens = make(chan struct{}, 4)
var fetchLimit = 4

func setFetchLimit(n int) {
	if fetchLimit != n {
		fetchLimit = n
		next := make(chan struct{}, fetchLimit)
		close(fetchTokens)
		for i := 0; i < fetchLimit; i++ {
			fetchTokens <- struct{}{} // want `send on fetchTokens after close\(fetchTokens\): it panics`
		}
		fetchTokens = next
	}
}
