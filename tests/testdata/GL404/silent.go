package gl404

func made() {
	var ch chan int
	ch = make(chan int, 1)
	ch <- 1
}

func nilIdiom(a, b chan int) {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			println(v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			println(v)
		}
	}
}

func disabledCase(enabled bool, in chan int) {
	var out chan int
	if enabled {
		out = in
	}
	select {
	case out <- 1:
	default:
	}
}

func neverNil() {
	var timeout chan bool
	select {
	case <-timeout:
	default:
	}
}

func filled(p *chan int) {}

func byAddress() {
	var ch chan int
	filled(&ch)
	<-ch
}

func rangeAssigned(m map[int]chan int) {
	var ch chan int
	for _, ch = range m {
		break
	}
	ch <- 1
}
