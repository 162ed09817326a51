package rt

import "testing"

func TestProvideAll(t *testing.T) {
	for i := 0; i < 20; i++ {
		ProvideAll(&LazyProvider{}, 8)
	}
}
