package gl201

import (
	"context"
	"net"
	"sync"
)

var (
	helperPorts = []string{"8001", "8002"}
	helperWg    = new(sync.WaitGroup)
	helperReady = make(chan string, len(helperPorts))
	helperStop  context.CancelFunc
)

// serveHelper tells helperReady once it listens: only runHelper starts it, after its Add.
func serveHelper(ctx context.Context, port string) {
	defer helperWg.Done()
	l, err := net.Listen("tcp", "127.0.0.1:"+port)
	if err != nil {
		return
	}
	defer l.Close()
	helperReady <- port
	<-ctx.Done()
}

func runHelper() {
	ctx, stop := context.WithCancel(context.Background())
	helperStop = stop
	for _, port := range helperPorts {
		helperWg.Add(1)
		go serveHelper(ctx, port)
	}
	helperWg.Wait()
}

// The test waits only after a message that a goroutine started after an Add sent.
func checkHelper() {
	go runHelper()
	for range helperPorts {
		<-helperReady
	}
	helperStop()
	helperWg.Wait()
}
