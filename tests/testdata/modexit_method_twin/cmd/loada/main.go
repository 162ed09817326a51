package main

import (
	"fmt"

	"example.com/modexit_method_twin/bench"
)

func main() {
	fmt.Println("loada")
	bench.Benchmarker.RunBenchmark(func(int) {})
}
