package gl101

// fanOut hands its caller the output channels in a field of the value it returns, by address: the
// caller reads each until it is closed, so the goroutine's sends have a receiver goleash cannot see.
type fanOutResult struct {
	In   chan string
	Outs map[string]chan string
}

func fanOut(nodes []string, fetch func(string) string) (*fanOutResult, error) {
	ret := fanOutResult{In: make(chan string), Outs: make(map[string]chan string)}
	for _, n := range nodes {
		ret.Outs[n] = make(chan string)
	}
	go func() {
		defer func() {
			for _, c := range ret.Outs {
				close(c)
			}
		}()
		for n := range ret.Outs {
			ret.Outs[n] <- fetch(n)
		}
	}()
	return &ret, nil
}
