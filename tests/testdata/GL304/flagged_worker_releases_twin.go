package gl304

import "sync"

// A function that never locks the gate but releases it twice in a row: the second Unlock finds it
// unlocked, whoever took it.
func releaseTwice(gate *sync.Mutex, fn func()) {
	fn()
	gate.Unlock()
	gate.Unlock() // want `gate is unlocked twice on this path`
}
