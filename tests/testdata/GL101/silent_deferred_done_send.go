package gl101

import "errors"

type queryResult struct {
	rows int
	err  error
}

func runQuery(q string) queryResult {
	if q == "" {
		return queryResult{err: errors.New("empty query")}
	}
	return queryResult{rows: len(q)}
}

// queryWorker reports an error, or rows, and says it is done in its deferred function, after
// every other send of its body.
func queryWorker(q string, rowsc chan int, errc chan error, donec chan string) {
	defer func() {
		donec <- q
	}()
	r := runQuery(q)
	if r.err != nil {
		errc <- r.err
		return
	}
	rowsc <- r.rows
}

// When the select takes <-donec, the worker has made its other sends: none of them waits.
func awaitQuery(q string) (int, error) {
	rowsc := make(chan int)
	errc := make(chan error)
	donec := make(chan string)
	go queryWorker(q, rowsc, errc, donec)
	total := 0
	for {
		select {
		case n := <-rowsc:
			total += n
		case err := <-errc:
			<-donec
			return 0, err
		case <-donec:
			return total, nil
		}
	}
}
