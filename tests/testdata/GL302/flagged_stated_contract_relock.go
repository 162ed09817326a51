package gl302

import "sync"

type federation struct {
	helloMu sync.Mutex
	pending []string
	hello   string
}

func (f *federation) queue(m string) {
	f.helloMu.Lock()
	defer f.helloMu.Unlock()
	f.pending = append(f.pending, m)
}

// sendHelloLocked is entered with f.helloMu held, as its annotation says; queue takes it again.
//
// +checklocks:f.helloMu
func (f *federation) sendHelloLocked() {
	f.hello = "hello"
	f.queue(f.hello) // want `f.queue\(\) locks f.helloMu again while it is held here`
}

func (f *federation) sendHello() {
	f.helloMu.Lock()
	defer f.helloMu.Unlock()
	f.sendHelloLocked()
}
