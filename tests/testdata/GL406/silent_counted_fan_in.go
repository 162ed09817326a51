package gl406

type findOut struct {
	files []string
	err   error
}

func findFiles(path string) ([]string, error) { return []string{path}, nil }

// Workers take items from a channel the function fills with every path, and send one result per item
// (on one of two exclusive paths); the function receives as many results as there are paths before
// it closes the results channel: every send has completed by then.
func findAll(paths []string, parallelism int) ([]string, []error) {
	pathChan := make(chan string, len(paths))
	outChan := make(chan findOut)
	for i := 0; i < parallelism; i++ {
		go func() {
			for path := range pathChan {
				files, err := findFiles(path)
				if err != nil {
					outChan <- findOut{err: err}
					continue
				}
				var mains []string
				for _, f := range files {
					if f == "" {
						continue
					}
					mains = append(mains, f)
				}
				outChan <- findOut{files: mains}
			}
		}()
	}
	for _, path := range paths {
		pathChan <- path
	}
	close(pathChan)

	var files []string
	var errs []error
	for i := 0; i < len(paths); i++ {
		res := <-outChan
		if res.err != nil {
			errs = append(errs, res.err)
			continue
		}
		files = append(files, res.files...)
	}
	close(outChan)
	return files, errs
}
