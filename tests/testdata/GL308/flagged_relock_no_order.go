package gl308

import "sync"

// A client and its config, each with a lock; ConfigureTLS takes client then config. CloneWithHeaders takes
// them in the same order, then reads the headers, which read-locks the client's lock again: a recursive
// read lock (reported), but no lock order config -> client, as this goroutine holds the client's lock
// already: no other goroutine can hold it for writing meanwhile.
type apiConfig struct {
	modifyLock sync.RWMutex
	address    string
}

type apiClient struct {
	modifyLock sync.RWMutex
	config     *apiConfig
	headers    map[string]string
}

func (c *apiClient) ConfigureTLS(addr string) {
	c.modifyLock.RLock()
	defer c.modifyLock.RUnlock()
	c.config.modifyLock.Lock()
	defer c.config.modifyLock.Unlock()
	c.config.address = addr
}

func (c *apiClient) Headers() map[string]string {
	c.modifyLock.RLock()
	defer c.modifyLock.RUnlock()
	return c.headers
}

func (c *apiClient) CloneWithHeaders() *apiClient {
	c.modifyLock.RLock()
	defer c.modifyLock.RUnlock()
	c.config.modifyLock.RLock()
	defer c.config.modifyLock.RUnlock()
	return c.clone() // want `c.modifyLock is read-locked again while its read lock is held`
}

func (c *apiClient) clone() *apiClient {
	return &apiClient{config: &apiConfig{address: c.config.address}, headers: c.Headers()}
}

func (c *apiClient) SetHeaders(h map[string]string) {
	c.modifyLock.Lock()
	defer c.modifyLock.Unlock()
	c.headers = h
}
