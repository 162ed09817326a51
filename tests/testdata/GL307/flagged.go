package gl307

import "sync"

type Bank struct {
	accounts sync.Mutex
	audit    sync.Mutex
	total    int
	log      []string
}

func (b *Bank) Deposit(n int) {
	b.accounts.Lock()
	defer b.accounts.Unlock()
	b.audit.Lock() // want `lock order inversion: this locks Bank.audit while holding Bank.accounts, but Bank.Report locks Bank.accounts while holding Bank.audit`
	defer b.audit.Unlock()
	b.total += n
	b.log = append(b.log, "deposit")
}

func (b *Bank) Report() int {
	b.audit.Lock()
	defer b.audit.Unlock()
	b.accounts.Lock() // want `lock order inversion: this locks Bank.accounts while holding Bank.audit, but Bank.Deposit locks`
	defer b.accounts.Unlock()
	return b.total
}
