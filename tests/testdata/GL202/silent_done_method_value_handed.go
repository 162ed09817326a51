package gl202

import (
	"log"
	"sync"
	"time"
)

// submitter runs each task it accepts on a worker of its own.
type submitter interface {
	Submit(task func()) error
}

type pushTask struct {
	url string
}

var pushWG sync.WaitGroup

func (t *pushTask) run() {
	defer pushWG.Done()
	log.Print(t.url)
}

func flushOne(url string) {
	defer pushWG.Done()
	log.Print(url)
}

// Each goroutine hands its Done to the task it submits: the pool's worker calls it when the task is
// over; only a refused task is counted off here.
func pushAll(pool submitter, urls []string) {
	for _, u := range urls {
		task := &pushTask{url: u}
		pushWG.Add(1)
		go func() {
			if err := pool.Submit(task.run); err != nil {
				log.Print(err)
				pushWG.Done()
			}
		}()
	}
	pushWG.Wait()
}

func flushAll(pool submitter) {
	pushWG.Add(1)
	go func() {
		if err := pool.Submit(flushTask); err != nil {
			pushWG.Done()
		}
	}()
	pushWG.Wait()
}

func flushTask() { flushOne("all") }

// The release runs later, on a timer: its callback holds the Done owed for the lock taken.
func holdLocks(acquire func(int) (func(), error), n int) {
	for i := 0; i < n; i++ {
		pushWG.Add(1)
		go func(idx int) {
			release, err := acquire(idx)
			if err != nil {
				pushWG.Done()
				return
			}
			time.AfterFunc(time.Duration(idx)*time.Millisecond, func() {
				release()
				pushWG.Done()
			})
		}(i)
	}
	pushWG.Wait()
}
