package gl403

import "fmt"

func buffered() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println(<-ch)
}

func otherGoroutine() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	fmt.Println(<-ch)
}

func passedOn(worker func(chan int)) {
	ch := make(chan int)
	go worker(ch)
	ch <- 1
	fmt.Println(<-ch)
}

func selectWithDefault() {
	ch := make(chan int)
	select {
	case ch <- 1:
	default:
	}
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
	}
}

func closed() {
	ch := make(chan int)
	close(ch)
	<-ch
}

func pingPong(procs int) {
	myc := make(chan int)
	for p := 0; p < procs; p++ {
		go func(p int) {
			if p%2 == 0 {
				<-myc
				myc <- 0
			} else {
				myc <- 0
				<-myc
			}
		}(p)
	}
}
