package gl505

import (
	"fmt"
	"net"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"
)

func freeTestPort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// The goroutine checks the test's err again at the top of each turn, before its own err (declared by
// the := below) shadows it. The test required that err nil before the go statement and nothing assigns
// it afterwards: the check cannot fail.
func TestSendBatchesStaleErr(t *testing.T) {
	port, err := freeTestPort()
	require.NoError(t, err)
	url := fmt.Sprintf("http://127.0.0.1:%d/v1/batch", port)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			require.NoError(t, err)
			resp, err := http.Get(url)
			if err == nil {
				resp.Body.Close()
			}
		}
		close(done)
	}()
	<-done
}

// The same with an `if err != nil { t.Fatal(err) }` before the go statement.
func TestStaleErrFatalGuard(t *testing.T) {
	_, err := freeTestPort()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		require.NoError(t, err)
		close(done)
	}()
	<-done
}
