// Package require is a stand-in for testify's require with the same signatures, so that
// testdata that imports it compiles without a module download (GOPATH mode).
package require

import "github.com/stretchr/testify/assert"

// TestingT is what the checks report to and stop.
type TestingT interface {
	Errorf(format string, args ...interface{})
	FailNow()
}

// NoError stops the test when err is not nil.
func NoError(t TestingT, err error, msgAndArgs ...interface{}) {
	if !assert.NoError(t, err, msgAndArgs...) {
		t.FailNow()
	}
}

// Equal stops the test when expected and actual differ.
func Equal(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {
	if !assert.Equal(t, expected, actual, msgAndArgs...) {
		t.FailNow()
	}
}
