package rt

import (
	"fmt"
	"testing"
)

func TestLengths(t *testing.T) {
	var words []string
	for i := 0; i < 200; i++ {
		words = append(words, fmt.Sprint("word", i))
	}
	for round := 0; round < 10; round++ {
		if got := Lengths(words); len(got) != len(words) {
			t.Fatalf("len(Lengths) = %d, want %d", len(got), len(words))
		}
	}
}
