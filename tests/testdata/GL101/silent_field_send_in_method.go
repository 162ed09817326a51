package gl101

// Sends on field channels that something in the package receives from, by another name, in a select,
// through a getter, or that are buffered.
type aliasWatcher struct {
	results chan bool
	events  chan int
	out     chan int
	queue   chan int
}

func newAliasWatcher() *aliasWatcher {
	return &aliasWatcher{results: make(chan bool), events: make(chan int), out: make(chan int), queue: make(chan int, 8)}
}

func (w *aliasWatcher) publish() {
	w.results <- true
	w.events <- 1
	w.out <- 2
	w.queue <- 3
}

func (w *aliasWatcher) wait() bool {
	ch := w.results
	return <-ch
}

func (w *aliasWatcher) loop(stop chan struct{}) {
	for {
		select {
		case <-w.events:
		case <-stop:
			return
		}
	}
}

func (w *aliasWatcher) Out() <-chan int { return w.out }

// The field is handed to a function of the package that receives from it under its parameter's name.
type proxyGateway struct {
	acceptCh chan int
	stopCh   chan struct{}
}

func newProxyGateway() *proxyGateway {
	g := &proxyGateway{acceptCh: make(chan int), stopCh: make(chan struct{})}
	go runProxy(g.stopCh, g.acceptCh)
	return g
}

func (g *proxyGateway) accept(c int) {
	g.acceptCh <- c
}

func runProxy(stop chan struct{}, accept chan int) {
	for {
		select {
		case <-accept:
		case <-stop:
			return
		}
	}
}

// Received through a type assertion, and through a package variable holding a value of the type.
type addrConn struct {
	addrs chan int
	logCh chan string
}

var auditConn = &addrConn{addrs: make(chan int), logCh: make(chan string)}

func (c *addrConn) publish(a int, line string) {
	c.addrs <- a
	c.logCh <- line
}

func takeAddr(conn interface{}) int {
	return <-conn.(*addrConn).addrs
}

func flushAudit() string {
	return <-auditConn.logCh
}
