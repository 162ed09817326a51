package gl303

// A type parameter named like a package type is that type parameter inside
// its declaration: Counter here is any type the caller picks, not the struct
// holding a mutex.
func visitAll[Counter any](items []Counter, visit func(Counter)) {
	for _, it := range items {
		visit(it)
	}
}

type box[Stats any] struct{ v Stats }

func (b *box[Stats]) put(v Stats) { b.v = v }

func useVisit() {
	visitAll([]*Counter{{}}, func(c *Counter) { c.Get() })
	var b box[int]
	b.put(1)
}

func firstOf[Counter any](c Counter, rest ...Counter) Counter {
	_ = rest
	return c
}
