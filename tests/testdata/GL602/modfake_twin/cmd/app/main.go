package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"example.com/modfake_twin/api"
	"example.com/modfake_twin/store/fake"
)

func main() {
	if len(os.Args) > 2 { // a dry run answers after a pause, unless the request is cancelled first
		api.Use(fake.Client{GetF: func(ctx context.Context, key string) (string, error) {
			select {
			case <-time.After(time.Second):
				return key, nil
			case <-ctx.Done():
				return "", ctx.Err()
			}
		}})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	v, err := api.New().Lookup(ctx, os.Args[1])
	fmt.Println(v, err, api.Exists(ctx, os.Args[1]))
}
