package gl401

// The goroutines never tell the throttle they are done: its Finish says nothing
// about them, and the close can come while one still sends.
func failedIDsUncounted(th throttler, vals map[int][]int, check func(int) error) []int {
	ch := make(chan int, 8)
	for v, ids := range vals {
		go func(v int, ids []int) {
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
	close(ch) // want `close\(ch\) while a goroutine may still send on it` `close\(ch\) by its receiver`
	var out []int
	for id := range ch {
		out = append(out, id)
	}
	return out
}
