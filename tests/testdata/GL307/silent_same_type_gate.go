package gl307

import "sync"

type bridge struct {
	sync.Mutex
	flows []string
}

// Both methods hold the manager's default bridge first: the flow cache and the gateway bridge are
// taken in opposite orders, but never by both at once (a bridge is the type of the gate and of the
// gateway bridge alike; they are two fields, two mutexes).
type flowManager struct {
	defaultBridge *bridge
	gatewayBridge *bridge
	flowMutex     sync.Mutex
	flowCache     map[string][]string
}

func (c *flowManager) syncFlows() {
	c.defaultBridge.Lock()
	defer c.defaultBridge.Unlock()
	c.flowMutex.Lock()
	defer c.flowMutex.Unlock()
	c.gatewayBridge.Lock()
	c.gatewayBridge.flows = c.flowCache["gw"]
	c.gatewayBridge.Unlock()
}

func (c *flowManager) updateCache(key string) {
	c.defaultBridge.Lock()
	defer c.defaultBridge.Unlock()
	c.flowMutex.Lock()
	c.flowCache[key] = c.defaultBridge.flows
	c.flowMutex.Unlock()
}
