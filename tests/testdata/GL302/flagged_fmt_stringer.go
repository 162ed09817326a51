package gl302

import (
	"fmt"
	"log"
	"sync"
)

type routeTable struct {
	mu     sync.Mutex
	routes map[string]string
}

// String locks the table: fmt calls it for %s, %v and Print's operands.
func (t *routeTable) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return fmt.Sprint(len(t.routes))
}

func (t *routeTable) add(k, v string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.routes[k] = v
	log.Printf("added %s: table %v", k, t) // want `log\.Printf's t\.String\(\) locks t\.mu again`
}

func (t *routeTable) remove(k string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.routes[k]; !ok {
		return fmt.Errorf("no route %q in %s", k, t) // want `fmt\.Errorf's t\.String\(\) locks t\.mu again`
	}
	delete(t.routes, k)
	return nil
}

func (t *routeTable) dump() {
	t.mu.Lock()
	fmt.Println("table:", t) // want `fmt\.Println's t\.String\(\) locks t\.mu again`
	t.mu.Unlock()
}
