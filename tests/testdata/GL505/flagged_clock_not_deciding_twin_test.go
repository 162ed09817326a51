package gl505

import (
	"context"
	"errors"
	"testing"
	"time"

	"golang.org/x/example/remote"
)

// The twins: the clock decides the error (a deadline that can pass before the call runs), and the
// result of code out of sight handed a context that can end is the error returned.
func (s *throttledStore) putBefore(k string, deadline time.Time) error {
	if time.Until(deadline) <= 0 {
		return errors.New("deadline passed")
	}
	return s.put(k, 1)
}

func TestPutBefore(t *testing.T) {
	s := &throttledStore{items: map[string]int{}}
	go func() {
		if err := s.putBefore("a", time.Now().Add(time.Millisecond)); err != nil {
			t.Errorf("put: %v", err) // want `t\.Errorf may run after the test returns.*can come from time\.Until`
		}
	}()
}

func (s *throttledStore) publishedPut(ctx context.Context, k string) error {
	ctx, span := remote.StartSpan(ctx, "put")
	defer span.End()
	if err := remote.Publish(ctx, k); err != nil {
		return err
	}
	return s.put(k, 1)
}

func TestPublishedPut(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	s := &throttledStore{items: map[string]int{}}
	go func() {
		if err := s.publishedPut(ctx, "a"); err != nil {
			t.Errorf("put: %v", err) // want `t\.Errorf may run after the test returns.*can come from remote\.Publish\(ctx\)`
		}
	}()
}

// The twin: the error is what another goroutine answers.
type answerLoop struct {
	reqs    chan string
	answers chan error
}

func (l *answerLoop) submit(k string) error {
	l.reqs <- k
	answer := <-l.answers
	return answer
}

func TestAnswerLoop(t *testing.T) {
	l := &answerLoop{reqs: make(chan string), answers: make(chan error)}
	go func() {
		for k := range l.reqs {
			l.answers <- checkKey(k)
		}
	}()
	go func() {
		if err := l.submit("a"); err != nil {
			t.Errorf("submit: %v", err) // want `t\.Errorf may run after the test returns.*can come from <-l\.answers`
		}
	}()
}

func checkKey(k string) error {
	if k == "" {
		return errors.New("empty")
	}
	return nil
}
