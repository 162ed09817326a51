package gl304

import "sync"

// The worker never locks the gate: each turn it releases the lock the sender took (elsewhere) for
// the task it received.

type parallelTask struct {
	run  func()
	gate *sync.Mutex
}

func runTasks(tasks <-chan parallelTask) {
	for t := range tasks {
		t.run()
		t.gate.Unlock()
	}
}
