package main

import (
	"context"
	"fmt"

	"example.com/modcallers/internal/store"
	"example.com/modcallers/service"
)

type key struct{}

func main() {
	s := &store.Store{}
	v, err := s.Load(context.Background(), "a")
	fmt.Println(v, err)
	ctx := context.WithValue(context.Background(), key{}, "x")
	fmt.Println(s.Refresh(ctx))
	service.Run(context.TODO(), s)
}
