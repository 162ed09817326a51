package gl101

// cont also turns false when the poll finds nothing ready: the loop can end before done comes.
func (s *lineService) waitStringOnce() string {
	part := make(chan string)
	done := make(chan bool)
	go func() {
		_ = s.waitStrings(part) // want `goroutine blocks forever sending on part`
		done <- true // want `goroutine blocks forever sending on done`
	}()
	result := ""
	for cont := true; cont; {
		select {
		case l := <-part:
			result += l + "\n"
		case <-done:
			cont = false
		default:
			cont = false
		}
	}
	return result
}
