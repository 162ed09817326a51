package main

import (
	"fmt"

	"example.com/modexit_method/bench"
)

func main() {
	fmt.Println("loada")
	bench.Benchmarker.RunBenchmark(func(int) {})
}
