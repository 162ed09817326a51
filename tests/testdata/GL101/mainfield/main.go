package main

import (
	"context"
	"fmt"
)

// A program's value with an exported channel field: no other package can import package main, so its
// receivers are all here. receive stops at ctx's end; the forwarder, blocked on its send, stays.
type chat struct {
	C   chan string
	ctx context.Context
}

func newChat(ctx context.Context, in <-chan string) *chat {
	c := &chat{ctx: ctx}
	c.C = make(chan string)
	go func() {
		for m := range in {
			c.C <- m // want `goroutine blocks forever sending on c\.C`
		}
	}()
	return c
}

func (c *chat) receive() {
	for {
		select {
		case <-c.ctx.Done():
			return
		case m := <-c.C:
			fmt.Println(m)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan string, 1)
	in <- "hello"
	c := newChat(ctx, in)
	cancel()
	c.receive()
}
