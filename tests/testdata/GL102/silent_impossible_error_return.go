package gl102

import "errors"

// The early return is behind the error of register, which returns nil on every path: it never runs,
// and the parent always reaches the close of in.

type ackRegistry struct{ subs []chan int }

func (r *ackRegistry) register(ch chan int) error {
	r.subs = append(r.subs, ch)
	return nil
}

type doubler struct{ reg *ackRegistry }

func (d *doubler) run(in chan int, out chan int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func (d *doubler) doubleAll(values []int, ack bool) ([]int, error) {
	in := make(chan int)
	out := make(chan int, len(values))
	go d.run(in, out)
	if ack {
		acks := make(chan int, 1)
		if err := d.reg.register(acks); err != nil {
			return nil, errors.New("register failed")
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
