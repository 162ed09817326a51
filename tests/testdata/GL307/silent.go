package gl307

import "sync"

// One order everywhere: accounts, then audit.
type Ledger struct {
	accounts sync.Mutex
	audit    sync.Mutex
	total    int
	log      []string
}

func (l *Ledger) Withdraw(n int) {
	l.accounts.Lock()
	defer l.accounts.Unlock()
	l.audit.Lock()
	defer l.audit.Unlock()
	l.total -= n
}

func (l *Ledger) Deposit(n int) {
	l.accounts.Lock()
	defer l.accounts.Unlock()
	l.audit.Lock()
	defer l.audit.Unlock()
	l.total += n
}

// Released before the next is taken: no order between them.
func (l *Ledger) Log() []string {
	l.audit.Lock()
	out := l.log
	l.audit.Unlock()
	l.accounts.Lock()
	defer l.accounts.Unlock()
	return out
}
