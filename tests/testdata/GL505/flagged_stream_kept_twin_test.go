package gl505

import (
	"io"
	"net"
	"testing"
)

// greet writes to the connection it is handed: the write can fail (a reset), late.
func greet(w io.Writer) error {
	_, err := w.Write([]byte("hello"))
	return err
}

func TestGreetWrites(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		if err := greet(c); err != nil {
			t.Errorf("greet: %v", err) // want `t\.Errorf may run after the test returns`
		}
	}()
}
