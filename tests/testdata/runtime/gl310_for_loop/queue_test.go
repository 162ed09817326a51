package rt

import (
	"sync"
	"testing"
	"time"
)

func TestTwoConsumersOneItemAtATime(t *testing.T) {
	q := NewQueue()
	var wg sync.WaitGroup
	got := make(chan int, 2)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got <- q.Pop()
		}()
	}
	time.Sleep(50 * time.Millisecond) // both consumers wait
	q.Push(1)                         // Broadcast wakes both for one item
	time.Sleep(50 * time.Millisecond)
	q.Push(2)
	wg.Wait()
	if a, b := <-got, <-got; a+b != 3 {
		t.Fatalf("got %d and %d", a, b)
	}
}
