// Package server stands for Hertz's server.
package server

// Option configures a server.
type Option func(*Hertz)

// Hertz serves requests.
type Hertz struct{ sense bool }

// WithSenseClientDisconnection cancels a handler's context when its client disconnects.
func WithSenseClientDisconnection(b bool) Option { return func(h *Hertz) { h.sense = b } }

// New makes a server.
func New(opts ...Option) *Hertz {
	h := &Hertz{}
	for _, o := range opts {
		o(h)
	}
	return h
}
