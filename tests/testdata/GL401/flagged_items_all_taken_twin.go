package gl401

type chunk struct{ body string }

func sendChunk(c chunk) error { return nil }

// The workers send two results per index (a start and an end): as many results as chunks can come
// from half the indexes, and the feeder may still be sending when the channel is closed.
func sendChunks(chunks []chunk, workers int) {
	reqChan := make(chan int)
	resChan := make(chan error)
	for w := 0; w < workers; w++ {
		go func() {
			for i := range reqChan {
				resChan <- nil
				resChan <- sendChunk(chunks[i])
			}
		}()
	}
	go func() {
		for i := range chunks {
			reqChan <- i
		}
	}()
	for range chunks {
		<-resChan
	}
	close(reqChan) // want `close\(reqChan\) while a goroutine may still send on it`
}
