package gl303

import "sync"

type Ticket struct {
	Total       uint32
	outstanding uint32
	mu          sync.Mutex
	cond        *sync.Cond
}

// Init builds the ticket from a literal's settings: it is only called on literals, so the copied lock
// is a temporary's, never taken; the returned copy is the one that is locked.
func (t Ticket) Init() *Ticket {
	t.cond = sync.NewCond(&t.mu)
	return &t
}

func (t *Ticket) Take(n uint32) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for t.outstanding+n > t.Total {
		t.cond.Wait()
	}
	t.outstanding += n
}

func (t *Ticket) Return(n uint32) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.outstanding -= n
	t.cond.Broadcast()
}

var gate = Ticket{Total: 100}.Init()

func newGates() (*Ticket, *Ticket) {
	return Ticket{Total: 16}.Init(), Ticket{Total: 20}.Init()
}

type Plugin struct {
	Name string
	mu   sync.Mutex
	runs int
}

type pluginMenu struct {
	mu    sync.Mutex
	items []*Plugin
}

func (m *pluginMenu) Add(p *Plugin) *Plugin {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.items = append(m.items, p)
	return p
}

var menu = &pluginMenu{}

// Register adds its copy to the menu: the registered copy is the plugin from then on.
func (p Plugin) Register() *Plugin {
	p.runs = 0
	return menu.Add(&p)
}

func (p *Plugin) Run() {
	p.mu.Lock()
	p.runs++
	p.mu.Unlock()
}

var echoPlugin = Plugin{Name: "echo"}.Register()
