package gl107

import "time"

func batch(in <-chan int, flush func([]int), d time.Duration) {
	t := time.NewTimer(d)
	var buf []int
	for {
		select {
		case <-t.C:
			flush(buf)
			buf = nil
		case v, ok := <-in:
			if !ok {
				return
			}
			buf = append(buf, v)
		}
		if !t.Stop() {
			<-t.C // want `<-t.C drains a value this loop may already have received`
		}
		t.Reset(d)
	}
}
