package main

import (
	"context"
	"log"
	"net/http"
	"time"
)

// Each turn of main's loop makes one more context whose timer outlives the
// request it was made for.
func main() {
	for {
		ctx, _ := context.WithTimeout(context.Background(), time.Minute) // want `the cancel func of context.WithTimeout is discarded`
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://127.0.0.1:8080/", nil)
		if err != nil {
			log.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			log.Print(err)
			continue
		}
		resp.Body.Close()
		time.Sleep(time.Second)
	}
}
