package gl103

import "sync"

var (
	compileOnce sync.Once
	compileJobs = make(chan string)
)

// startCompiler is only ever handed to compileOnce.Do: one compiler runs.
func startCompiler(build func(string)) {
	go func() {
		for {
			build(<-compileJobs)
		}
	}()
}

func Compile(src string, build func(string)) {
	compileOnce.Do(func() { startCompiler(build) })
	compileJobs <- src
}

var (
	linkOnce sync.Once
	linkJobs = make(chan string)
)

func linkAll() {
	go func() {
		for {
			println(<-linkJobs)
		}
	}()
}

// Link hands linkAll itself to the Once.
func Link(obj string) {
	linkOnce.Do(linkAll)
	linkJobs <- obj
}
