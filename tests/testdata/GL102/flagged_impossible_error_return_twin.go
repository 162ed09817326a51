package gl102

import "errors"

// register fails once the registry is full: the early return skips the close of in, and the range
// over in in the goroutine waits forever.

type boundedRegistry struct{ subs []chan int }

func (r *boundedRegistry) register(ch chan int) error {
	if len(r.subs) >= 8 {
		return errors.New("registry full")
	}
	r.subs = append(r.subs, ch)
	return nil
}

type boundedDoubler struct{ reg *boundedRegistry }

func (d *boundedDoubler) run(in chan int, out chan int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func (d *boundedDoubler) doubleAll(values []int, ack bool) ([]int, error) {
	in := make(chan int)
	out := make(chan int, len(values))
	go d.run(in, out)
	if ack {
		acks := make(chan int, 1)
		if err := d.reg.register(acks); err != nil {
			return nil, errors.New("register failed") // want `returns here without closing in`
		}
	}
	for _, v := range values {
		in <- v
	}
	close(in)
	var got []int
	for v := range out {
		got = append(got, v)
	}
	return got, nil
}
