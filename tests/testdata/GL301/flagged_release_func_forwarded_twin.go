package gl301

// encodeLeaky calls the forwarded unlock only on success: the error return leaves prefixMu locked.
func (p *prefixedProvider) encodeLeaky(msg string) (string, error) {
	done := p.setContext()
	if msg == "" {
		return "", errLeakyEmpty // want `return with prefixMu locked`
	}
	done()
	return msg, nil
}

var errLeakyEmpty error
