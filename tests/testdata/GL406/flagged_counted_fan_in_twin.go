package gl406

type scanOut struct {
	file string
	err  error
}

func scanFiles(path string) ([]string, error) { return []string{path, path + ".bak"}, nil }

// A worker sends one result per file found, several per path: more sends than the receives before
// the close.
func scanAll(paths []string, parallelism int) []string {
	pathChan := make(chan string, len(paths))
	outChan := make(chan scanOut)
	for i := 0; i < parallelism; i++ {
		go func() {
			for path := range pathChan {
				files, _ := scanFiles(path)
				for _, f := range files {
					outChan <- scanOut{file: f}
				}
			}
		}()
	}
	for _, path := range paths {
		pathChan <- path
	}
	close(pathChan)

	var files []string
	for range paths {
		res := <-outChan
		files = append(files, res.file)
	}
	close(outChan) // want `close\(outChan\) by its receiver while its sender keeps sending`
	return files
}

type probeOut struct{ err error }

func probe(path string) error { return nil }

// One send per path, but the receiver stops at the first error and closes: the other workers'
// sends come after the close.
func probeAll(paths []string, parallelism int) error {
	pathChan := make(chan string, len(paths))
	outChan := make(chan probeOut)
	for i := 0; i < parallelism; i++ {
		go func() {
			for path := range pathChan {
				outChan <- probeOut{err: probe(path)}
			}
		}()
	}
	for _, path := range paths {
		pathChan <- path
	}
	close(pathChan)

	var err error
	for range paths {
		res := <-outChan
		if res.err != nil {
			err = res.err
			break
		}
	}
	close(outChan) // want `close\(outChan\) by its receiver while its sender keeps sending`
	return err
}
