package rt

import "time"

// Squares squares every number concurrently; it closes the channel too early.
func Squares(nums []int) []int {
	results := make(chan int, len(nums))
	for _, n := range nums {
		go func(n int) {
			time.Sleep(10 * time.Millisecond)
			results <- n * n
		}(n)
	}
	close(results) // want `close\(results\) while a goroutine it started may still send`
	var out []int
	for r := range results {
		out = append(out, r)
	}
	time.Sleep(50 * time.Millisecond)
	return out
}
