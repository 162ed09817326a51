package gl501

import "sync"

func process(s string) {}

func each(jobs []string) {
	var wg sync.WaitGroup
	for _, job := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			process(job) // want `goroutine captures loop variable job \(Go < 1\.22\)`
		}()
	}
	wg.Wait()
}

func counter(n int) {
	for i := 0; i < n; i++ {
		go func() {
			println(i) // want `captures loop variable i`
		}()
	}
}

func both(m map[string]int) {
	for k, v := range m {
		go func() {
			println(k, v) // want `captures loop variables k, v`
		}()
	}
}

type Server struct{ conns []int }

func (s *Server) field() {
	for _, c := range s.conns {
		go func() {
			println(c) // want `captures loop variable c`
		}()
	}
}
