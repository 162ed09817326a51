package gl406

// subscribeFirstID hands back the id of the first response; the stream goes on to the handler. The
// send runs once: isFirst is set false in its block and never true again.
func subscribeFirstID(recv func() (string, bool), handle func(string)) string {
	ids := make(chan string, 1)
	go func() {
		isFirst := true
		for {
			id, ok := recv()
			if !ok {
				return
			}
			if isFirst {
				ids <- id
				isFirst = false
			}
			handle(id)
		}
	}()
	id := <-ids
	close(ids)
	return id
}

// firstLine reports the first line read, with a latch that starts false.
func firstLine(next func() (string, bool)) string {
	lines := make(chan string, 1)
	go func() {
		var sent bool
		for {
			l, ok := next()
			if !ok {
				return
			}
			if !sent {
				sent = true
				lines <- l
			}
		}
	}()
	l := <-lines
	close(lines)
	return l
}
