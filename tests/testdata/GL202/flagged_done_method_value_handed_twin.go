package gl202

import (
	"log"
	"time"
)

func (t *pushTask) runChecked() {
	if t.url == "" {
		return
	}
	defer pushWG.Done()
	log.Print(t.url)
}

// The twin: the method handed on skips Done for an empty url, so that task's count stays owed.
func pushAllChecked(pool submitter, urls []string) {
	for _, u := range urls {
		task := &pushTask{url: u}
		pushWG.Add(1)
		go func() {
			if err := pool.Submit(task.runChecked); err != nil { // want "reaches its end after this without calling pushWG.Done"
				pushWG.Done()
			}
		}()
	}
	pushWG.Wait()
}

// The twin's callback skips Done when the release is not needed any more.
func holdLocksChecked(acquire func(int) (func() bool, error), n int) {
	for i := 0; i < n; i++ {
		pushWG.Add(1)
		go func(idx int) {
			release, err := acquire(idx)
			if err != nil {
				pushWG.Done()
				return
			}
			time.AfterFunc(time.Millisecond, func() { // want `reaches its end after this without calling pushWG.Done`
				if !release() {
					return
				}
				pushWG.Done()
			})
		}(i)
	}
	pushWG.Wait()
}
