package gl103

import "sync"

var (
	packOnce sync.Once
	packJobs = make(chan string)
)

func packAll() {
	go func() { // want `this goroutine loops`
		for {
			println(<-packJobs)
		}
	}()
}

// Pack hands packAll to the Once, but Repack calls it again each time.
func Pack(obj string) {
	packOnce.Do(packAll)
	packJobs <- obj
}

func Repack() {
	packAll()
}
