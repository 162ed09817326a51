package gl404

type Notifier struct {
	events chan string
	name   string
}

func NewNotifier(name string) *Notifier { return &Notifier{name: name} }

func (n *Notifier) Notify(s string) {
	n.events <- s // want `n.events is never made anywhere in the package, so it is nil: this blocks forever`
}
