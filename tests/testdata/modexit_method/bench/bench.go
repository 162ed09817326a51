package bench

import (
	"fmt"
	"time"
)

type Runner struct {
	Queries int
}

var Benchmarker = &Runner{Queries: 100}

// RunBenchmark reports progress each second while the queries run.
func (r *Runner) RunBenchmark(run func(int)) {
	ticker := time.NewTicker(time.Second)
	done := 0
	for i := 0; i < r.Queries; i++ {
		run(i)
		done++
		select {
		case <-ticker.C:
			fmt.Println(done, "done")
		default:
		}
	}
}
