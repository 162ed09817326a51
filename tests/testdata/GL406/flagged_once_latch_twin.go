package gl406

// subscribeFirstIDReset sets its latch back: every response after an empty one is sent again, on a
// closed channel.
func subscribeFirstIDReset(recv func() (string, bool), handle func(string)) string {
	ids := make(chan string, 1)
	go func() {
		isFirst := true
		for {
			id, ok := recv()
			if !ok {
				return
			}
			if id == "" {
				isFirst = true
				continue
			}
			if isFirst {
				ids <- id
				isFirst = false
			}
			handle(id)
		}
	}()
	id := <-ids
	close(ids) // want `close\(ids\) by its receiver while its sender keeps sending`
	return id
}

// firstLineEachTurn declares its latch inside the loop: it is fresh on every turn.
func firstLineEachTurn(next func() (string, bool)) string {
	lines := make(chan string, 1)
	go func() {
		for {
			l, ok := next()
			if !ok {
				return
			}
			sent := false
			if !sent {
				sent = true
				lines <- l
			}
		}
	}()
	l := <-lines
	close(lines) // want `close\(lines\) by its receiver while its sender keeps sending`
	return l
}
