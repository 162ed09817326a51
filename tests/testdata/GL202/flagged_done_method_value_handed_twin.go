package gl202

import "log"

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
