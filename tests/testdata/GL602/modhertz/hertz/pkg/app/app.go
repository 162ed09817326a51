// Package app stands for Hertz's request context (another module: goleash does not read its bodies).
package app

// RequestContext is one request.
type RequestContext struct{ Path string }

// HandlerFunc handles a request with the server's context.
type HandlerFunc func(ctx interface{}, c *RequestContext)
