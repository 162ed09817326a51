package gl401

// A throttle of a type goleash cannot see (here an interface): the goroutine
// calls th.Done when it ends, and th.Finish waits for every goroutine that called
// th.Do, like a tomb's Wait. The close comes after it.
type throttler interface {
	Do() error
	Done(err error)
	Finish() error
}

func failedIDs(th throttler, vals map[int][]int, check func(int) error) []int {
	ch := make(chan int, 8)
	for v, ids := range vals {
		if err := th.Do(); err != nil {
			return nil
		}
		go func(v int, ids []int) {
			defer th.Done(nil)
			for _, id := range ids {
				if check(id+v) != nil {
					ch <- id
				}
			}
		}(v, ids)
	}
	if err := th.Finish(); err != nil {
		return nil
	}
	close(ch)
	var out []int
	for id := range ch {
		out = append(out, id)
	}
	return out
}
