package rt

import "testing"

func TestLoadAll(t *testing.T) {
	sizes := make(chan int)
	go func() {
		for _, name := range []string{"load.go", "missing.txt"} {
			n, err := Load(name)
			if err != nil {
				t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine: the test then hangs`
			}
			sizes <- n
		}
		close(sizes)
	}()
	for range sizes {
	}
}
