package gl506

import (
	"sync"
	"sync/atomic"
)

type Worker struct {
	n    int
	done bool
}

// Each goroutine writes the worker of its own iteration.
func StartAll(ws []*Worker) {
	for _, w := range ws {
		go func(w *Worker) {
			w.n++
		}(w)
	}
}

// Written under the mutex the other side holds too.
func (s *Scanner) Locked(files []string) {
	for _, f := range files {
		go func(f string) {
			s.mu.Lock()
			s.last = f
			s.mu.Unlock()
		}(f)
	}
}

// The parent waits before reading.
func (s *Scanner) Wait(f string) string {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.last = f
	}()
	wg.Wait()
	return s.last
}

// Each iteration waits for its goroutine.
func (s *Scanner) OneAtATime(files []string) {
	for _, f := range files {
		done := make(chan struct{})
		go func(f string) {
			s.last = f
			close(done)
		}(f)
		<-done
	}
}

func (s *Scanner) lockedInc() {
	s.mu.Lock()
	s.count++
	s.mu.Unlock()
}

// Both methods lock.
func (s *Scanner) Twice() {
	go s.lockedInc()
	go s.lockedInc()
}

type Req struct {
	ID  string
	Err error
}

// Each goroutine gets its own copy of the struct.
func ByValue(reqs []Req) {
	for _, r := range reqs {
		go func(r Req) {
			r.ID = "done"
			_ = r
		}(r)
	}
}

// The blank identifier is not a variable.
func Blank(files []string) {
	for _, f := range files {
		go func(f string) {
			_ = f
		}(f)
	}
}

type Table struct {
	rows []int
}

// Each goroutine writes its own element.
func (t *Table) Fill(n int) {
	t.rows = make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			t.rows[i] = i * i
		}(i)
	}
	wg.Wait()
}

// An anonymous struct with an embedded mutex, locked around each write.
func Collect(n int) []string {
	results := struct {
		sync.Mutex
		names []string
	}{}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results.Lock()
			results.names = append(results.names, "x")
			results.Unlock()
		}()
	}
	wg.Wait()
	return results.names
}

type Disk interface {
	Clean() error
}

type Opts struct {
	VersionID string
	Chg       bool
}

var getWithErr error

func getWith(o Opts) error { return getWithErr }

// Results dropped with _; a struct argument each goroutine receives by value and changes.
func CleanAll(disks []Disk, opts Opts) {
	var wg sync.WaitGroup
	for _, disk := range disks {
		wg.Add(1)
		go func(disk Disk) {
			defer wg.Done()
			_ = disk.Clean()
		}(disk)
	}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(opts Opts) {
			defer wg.Done()
			if !opts.Chg {
				opts.VersionID = ""
			}
			_ = getWith(opts)
		}(opts)
	}
	wg.Wait()
}

// Two writers take turns through an atomic flag: each writes only when the flag says it is its
// turn, and publishes with an atomic store.
type turns struct {
	data   int32
	signal int32
}

func alternate(n int32) {
	var x turns
	for p := int32(0); p < 2; p++ {
		go func(p int32) {
			for i := int32(1); i < n; i++ {
				if (i+p)%2 == 0 {
					x.data = i
					atomic.StoreInt32(&x.signal, i)
				} else {
					for atomic.LoadInt32(&x.signal) != i {
					}
				}
			}
		}(p)
	}
}

// Two methods, one mutex: the writes take turns.
type Gauge struct {
	mu    sync.Mutex
	level int
}

func (g *Gauge) up()   { g.mu.Lock(); g.level++; g.mu.Unlock() }
func (g *Gauge) down() { g.mu.Lock(); g.level--; g.mu.Unlock() }

func (g *Gauge) Swing() {
	go g.up()
	go g.down()
}
