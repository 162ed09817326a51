package gl101

type lineService struct{ lines []string }

func (s *lineService) waitStrings(out chan string) error {
	for _, l := range s.lines {
		out <- l
	}
	return nil
}

// The polling loop goes on while cont is true, and cont turns false only in the case that received
// done, which the goroutine sends after its last line: every value is taken before the loop ends.
func (s *lineService) waitString() (string, error) {
	part := make(chan string)
	done := make(chan bool)
	var err error
	result := ""
	go func() {
		err = s.waitStrings(part)
		done <- true
	}()
	for cont := true; cont; {
		select {
		case l := <-part:
			result += l + "\n"
		case <-done:
			cont = false
		default:
		}
	}
	return result, err
}
