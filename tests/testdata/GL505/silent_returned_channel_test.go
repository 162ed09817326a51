package gl505

import (
	"net/http"
	"testing"
)

// answerOnce's goroutine reports, or sends its response on the channel the
// helper returns; every caller receives from it before returning, so the
// report comes before the test ends (or the test waits forever).
func answerOnce(t *testing.T, url string) (step func(), resp <-chan *http.Response) {
	stepch := make(chan bool)
	response := make(chan *http.Response)
	go func() {
		r, err := http.Get(url)
		if err != nil {
			t.Error(err)
			return
		}
		<-stepch
		response <- r
	}()
	return func() { stepch <- true }, response
}

func TestAnswerOnce(t *testing.T) {
	step, response := answerOnce(t, "http://127.0.0.1:1")
	step()
	r := <-response
	_ = r
}
