package gl101

// The same value kept to itself: only its count leaves the function, and nothing receives the sends.
type fanOutCount struct {
	Outs map[string]chan string
}

func fanOutSize(nodes []string, fetch func(string) string) int {
	ret := fanOutCount{Outs: make(map[string]chan string)}
	for _, n := range nodes {
		ret.Outs[n] = make(chan string)
	}
	go func() {
		for n := range ret.Outs {
			ret.Outs[n] <- fetch(n) // want `goroutine blocks forever sending on ret\.Outs`
		}
	}()
	return len(ret.Outs)
}
