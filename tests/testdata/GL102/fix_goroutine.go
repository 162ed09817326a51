package gl102

func squares(nums []int) int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n * n
		}
	}()
	t := 0
	for v := range out { // want `range over out never ends`
		t += v
	}
	return t
}
