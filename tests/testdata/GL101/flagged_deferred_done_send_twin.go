package gl101

// The twin: the worker says it is done before it reports its rows, so the select can take <-donec
// while the rows are still to come.
func earlyDoneWorker(q string, rowsc chan int, donec chan string) {
	r := runQuery(q)
	donec <- q
	rowsc <- r.rows
}

func awaitEarlyDone(q string) int {
	rowsc := make(chan int)
	donec := make(chan string)
	go earlyDoneWorker(q, rowsc, donec) // want "blocks for.ver sending on rowsc"
	total := 0
	for {
		select {
		case n := <-rowsc:
			total += n
		case <-donec:
			return total
		}
	}
}
