package gl405

import (
	"runtime"
	"time"
)

func nonBlockingTry(in <-chan string) {
	select {
	case msg := <-in:
		handle(msg)
	default:
	}
}

func sleeps(in <-chan string) {
	for {
		select {
		case msg := <-in:
			handle(msg)
		default:
			time.Sleep(10 * time.Millisecond)
		}
	}
}

func yields(in <-chan string) {
	for {
		select {
		case msg := <-in:
			handle(msg)
		default:
			runtime.Gosched()
		}
	}
}

func worksBetween(in <-chan string) {
	for {
		select {
		case msg := <-in:
			handle(msg)
		default:
		}
		handle("poll")
	}
}

func drain(in <-chan string) {
	for {
		select {
		case <-in:
		default:
			return
		}
	}
}

func counted(n int, done <-chan struct{}) {
	for i := 0; i < n; i++ {
		select {
		case <-done:
		default:
		}
	}
}
