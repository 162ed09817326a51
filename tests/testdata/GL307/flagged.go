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
	b.audit.Lock() // want `lock order inversion: Bank\.audit taken while holding Bank\.accounts`
	defer b.audit.Unlock()
	b.total += n
	b.log = append(b.log, "deposit")
}

func (b *Bank) Report() int {
	b.audit.Lock()
	defer b.audit.Unlock()
	b.accounts.Lock() // want `lock order inversion: Bank\.accounts taken while holding Bank\.audit`
	defer b.accounts.Unlock()
	return b.total
}
