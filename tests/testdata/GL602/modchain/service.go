package modchain

import "example.com/modchain/relay"

// Service holds the relay sender the API uses.
type Service struct{ Relay *relay.Sender }
