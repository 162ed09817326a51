package main

import (
	"fmt"

	"example.com/modexit_method_twin/bench"
)

// The twin: this program runs the benchmark twice, and the first run's ticker fires on.
func main() {
	bench.Benchmarker.RunBenchmark(func(int) {})
	bench.Benchmarker.RunBenchmark(func(int) {})
	fmt.Println("loadb")
}
