package gl307

import "sync"

type bridge2 struct {
	sync.Mutex
	flows []string
}

// updateCache holds the gateway bridge, not the default one: nothing serialises it with syncFlows, which
// holds the flow cache while it locks the gateway bridge.
type flowManager2 struct {
	defaultBridge *bridge2
	gatewayBridge *bridge2
	flowMutex     sync.Mutex
	flowCache     map[string][]string
}

func (c *flowManager2) syncFlows() {
	c.defaultBridge.Lock()
	defer c.defaultBridge.Unlock()
	c.flowMutex.Lock()
	defer c.flowMutex.Unlock()
	c.gatewayBridge.Lock() // want `lock order inversion`
	c.gatewayBridge.flows = c.flowCache["gw"]
	c.gatewayBridge.Unlock()
}

func (c *flowManager2) updateCache(key string) {
	c.gatewayBridge.Lock()
	defer c.gatewayBridge.Unlock()
	c.flowMutex.Lock() // want `lock order inversion`
	c.flowCache[key] = c.gatewayBridge.flows
	c.flowMutex.Unlock()
}
