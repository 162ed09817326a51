package gl504

import (
	"sync"
	"sync/atomic"
	"time"
)

type msgCache struct {
	size int64
	msgs map[uint64]string
}

// add stores a message. Store lock is held on entry.
func (c *msgCache) add(seq uint64, m string) {
	c.msgs[seq] = m
	atomic.AddInt64(&c.size, 1)
}

// evict drops every message.
// The store write lock is assumed held on entry.
func (c *msgCache) evict() {
	c.msgs = map[uint64]string{}
	c.size = 0
}

// trim drops the messages once there are more than max (background calls it under s.mu).
func (c *msgCache) trim(max int64) {
	if c.size > max {
		c.msgs = map[uint64]string{}
	}
}

type msgStore struct {
	mu    sync.Mutex
	cache *msgCache
}

func (s *msgStore) Store(seq uint64, m string) {
	s.mu.Lock()
	s.cache.add(seq, m)
	s.mu.Unlock()
}

func (s *msgStore) background(stop <-chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			s.mu.Lock()
			s.cache.evict()
			s.cache.trim(100)
			s.mu.Unlock()
		}
	}
}

func (s *msgStore) Start(stop <-chan struct{}) { go s.background(stop) }
